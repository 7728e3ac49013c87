package org.extranet.passkey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Remove passkey?" naming it, with Remove and Cancel. A plain alert dialog (Vaadin's ConfirmDialog
 * brings landmarks that clash with the page's); the focus starts on Cancel.
 */
class RemovePasskeyConfirmation extends Dialog {

    RemovePasskeyConfirmation(String name, Runnable remove) {
        addClassName("remove-passkey-dialog");
        setHeaderTitle(getTranslation("passkeys.remove.title"));
        setRole("alertdialog");
        setMaxWidth("min(32rem, 100%)");
        add(new Paragraph(getTranslation("passkeys.remove.question", name)));
        var cancel = new Button(getTranslation("passkeys.cancel"), click -> close());
        var confirm = new Button(getTranslation("passkeys.remove"), click -> {
            close();
            remove.run();
        });
        confirm.addClassName("remove-passkey-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.focus();
            }
        });
    }
}
