package org.extranet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.extranet.audit.RefusedPages;

/**
 * Where the navigation's access control sends a signed-in user who may not open a page: the
 * refusal goes on record, and the user sees "not found", as with Vaadin's own handler, so that
 * a page's existence is not told.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class RefusedPage extends Component implements HasErrorParameter<AccessDeniedException> {

    private final RefusedPages events;

    RefusedPage(RefusedPages events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.pageRefused(event.getLocation().getPath());
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
