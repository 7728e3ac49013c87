package org.extranet.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open because of a fault in the product (or the database): the user gets
 * an apology in their language, the log gets the exception with its stack trace.
 */
@AnonymousAllowed
public class UnexpectedErrorPage extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Page failed to open: {}", address(event), parameter.getCaughtException());
        show("error.unexpected.heading", "error.unexpected.text");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
