package org.extranet.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.password.PasswordFormField;
import org.extranet.password.PasswordPolicy;

/**
 * Change password: the current password, then the new one twice. On success the dialog
 * closes, a notification (announced by screen readers) confirms it and focus goes back to the
 * button that opened the dialog.
 */
class ChangePasswordDialog extends Dialog implements ShowsRefusals {

    private final PasswordChange passwords;
    private final PasswordField current = new PasswordField();
    private final NewPasswordFields fields;
    private final Runnable done;

    ChangePasswordDialog(PasswordChange passwords, PasswordPolicy policy, String email, Runnable done) {
        this.passwords = passwords;
        this.done = done;
        this.fields = new NewPasswordFields(policy, email);
        setHeaderTitle(getTranslation("change-password.title"));
        setWidth("28rem");
        setMaxWidth("100%");

        current.setLabel(getTranslation("change-password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setManualValidation(true);
        current.setWidthFull();
        current.addValueChangeListener(change -> NewPasswordFields.clearError(current));
        add(PublicPage.column(current, fields));

        var submit = new Button(getTranslation("change-password.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(fields.repeatField()).resetFocusOnActiveElement();
        var cancel = new Button(getTranslation("change-password.cancel"), click -> close());
        getFooter().add(cancel, submit);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                current.focus();
            }
        });
    }

    private void submit() {
        NewPasswordFields.clearError(current);
        fields.clearErrors();
        passwords.changePassword(current.getValue(), fields.newPassword(), fields.repeat());
        close();
        Notices.done(getTranslation("change-password.done"));
        done.run();
    }

    /** A wrong or missing current password is told at that field, the rest at the new password's fields. */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof FieldRefusal at && at.field() == PasswordFormField.CURRENT_PASSWORD) {
            NewPasswordFields.showError(current, getTranslation(at.messageKey(), at.arguments()));
            return true;
        }
        return fields.show(refusal);
    }
}
