package org.extranet.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/**
 * A browserless view test that clicks as a browser does: a refusal a listener throws goes to the
 * session's error handler with the component clicked, as Vaadin's request handling passes it, so
 * the test sees the refusal where a user would. Anything else still fails the test.
 */
public abstract class ViewTest extends SpringBrowserlessTest {

    @Override
    public ButtonTester<Button> test(Button button) {
        return new ButtonTester<>(button) {
            @Override
            public void click() {
                asInBrowser(button, super::click);
            }
        };
    }

    @Override
    public ConfirmDialogTester test(ConfirmDialog dialog) {
        return new ConfirmDialogTester(dialog) {
            @Override
            public void confirm() {
                asInBrowser(dialog, super::confirm);
            }
        };
    }

    private static void asInBrowser(Component source, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException thrown) {
            if (Refusals.refusalIn(thrown).isEmpty()) {
                throw thrown;
            }
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown, source.getElement().getNode()));
        }
    }
}
