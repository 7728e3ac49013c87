package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * "Delete user?" naming the user, or "Delete users?" naming how many, with Delete and Cancel. A
 * plain dialog rather than Vaadin's ConfirmDialog, whose built-in header and footer landmarks
 * clash with the page's own (axe).
 * It is an alert dialog, and the focus starts on Cancel: the deletion cannot be undone.
 */
class DeleteConfirmation extends Dialog {

    DeleteConfirmation(String question, Runnable delete) {
        this(null, question, delete);
    }

    /** With a title of its own ("Delete users?") instead of "Delete user?". */
    DeleteConfirmation(@Nullable String title, String question, Runnable delete) {
        setHeaderTitle(title != null ? title : getTranslation("user-form.delete.confirm.title"));
        setRole("alertdialog");
        // No wider than the screen: a fixed 32rem put "Delete" off a phone's screen.
        setMaxWidth("min(32rem, 100%)");
        var text = new Paragraph(question);
        text.addClassName("delete-question");
        add(text);
        var cancel = new Button(getTranslation("user-form.cancel"), click -> close());
        var confirm = new Button(getTranslation("user-form.delete.confirm.delete"), click -> {
            close();
            delete.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.focus();
            }
        });
    }
}
