package org.extranet.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every page that is not there: an unknown address, an id that is no id or names nothing, and
 * (through Vaadin's access-denied view) a page the user may not open, which is not told apart.
 * Bad input, not a fault: one warning line in the log, without a stack trace.
 */
@AnonymousAllowed
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NotFoundPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.warn("Page not found: {}", address(event));
        show("error.not-found.heading", "error.not-found.text");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
