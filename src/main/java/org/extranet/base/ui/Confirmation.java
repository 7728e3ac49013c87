package org.extranet.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Remove …?" before something that cannot be undone: the question, Cancel, and the action's
 * button, which closes the dialog and does it. A plain alert dialog rather than Vaadin's
 * ConfirmDialog, whose built-in header and footer landmarks clash with the page's own (axe); the
 * focus starts on Cancel.
 */
public class Confirmation extends Dialog {

    /** Texts already translated; {@code className} names the dialog, and its action's button with "-confirm". */
    public Confirmation(String className, String title, String question, String cancelLabel, String actionLabel,
                        Runnable action) {
        addClassName(className);
        setHeaderTitle(title);
        setRole("alertdialog");
        // No wider than the screen: a fixed width put the action off a phone's screen.
        setMaxWidth("min(32rem, 100%)");
        var text = new Paragraph(question);
        text.addClassName("confirmation-question");
        add(text);
        var cancel = new Button(cancelLabel, click -> close());
        var confirm = new Button(actionLabel, click -> {
            close();
            action.run();
        });
        confirm.addClassName(className + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.focus();
            }
        });
    }
}
