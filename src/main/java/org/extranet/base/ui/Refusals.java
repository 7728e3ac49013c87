package org.extranet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.extranet.base.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The session's error handler: a refusal or access denial raised while handling what the user did
 * is shown in words, never as a stack trace, by the nearest part around the control that
 * {@link ShowsRefusals}, else as a notice. Views therefore call services without catching; anything
 * else is an error and goes to Vaadin's default handling (logged).
 */
public final class Refusals implements ErrorHandler {

    private final ErrorHandler otherErrors = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        Optional<Refusal> refusal = refusalIn(event.getThrowable());
        UI ui = UI.getCurrent();
        if (refusal.isEmpty() || ui == null) {
            otherErrors.error(event);
            return;
        }
        Refusal shown = refusal.get();
        for (var part = event.getComponent(); part.isPresent(); part = part.get().getParent()) {
            ShowsRefusals shows = ShowsRefusals.of(part.get());
            if (shows != null && shows.show(shown)) {
                return;
            }
        }
        Notices.refused(ui.getTranslation(shown.messageKey(), shown.arguments()));
    }

    /** Listeners may wrap what a service threw, so the causes are looked through. */
    static Optional<Refusal> refusalIn(@Nullable Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (cause instanceof AccessDeniedException) {
                return Optional.of(new NotAllowed());
            }
        }
        return Optional.empty();
    }

    /** Every new session handles errors this way. */
    @Component
    static class InEverySession implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Refusals()));
        }
    }
}
