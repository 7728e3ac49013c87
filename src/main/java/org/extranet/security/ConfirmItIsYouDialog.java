package org.extranet.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;

/**
 * "Confirm it's you": the password again before a change to how one signs in, when the last
 * sign-in is a while ago ({@link ReauthenticationNeeded}). Once it is right the change goes on.
 */
public class ConfirmItIsYouDialog extends Dialog implements ShowsRefusals {

    private final PasswordField password = new PasswordField();

    public ConfirmItIsYouDialog(RecentSignIn recentSignIn, Runnable then) {
        addClassName("confirm-it-is-you");
        setHeaderTitle(getTranslation("reauthenticate.title"));
        setMaxWidth("min(28rem, 100%)");
        password.setLabel(getTranslation("reauthenticate.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setManualValidation(true);
        password.setWidthFull();
        password.addValueChangeListener(change -> password.setInvalid(false));
        add(new Paragraph(getTranslation("reauthenticate.text")), password);

        var confirm = new Button(getTranslation("reauthenticate.confirm"), click -> {
            recentSignIn.confirmWithPassword(password.getValue());
            close();
            then.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(password).resetFocusOnActiveElement();
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                password.focus();
            }
        });
    }

    /** A wrong password is told at the field, which keeps the focus for another try. */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof FieldRefusal at && at.field() == ReauthenticationField.PASSWORD) {
            password.setErrorMessage(getTranslation(at.messageKey(), at.arguments()));
            password.setInvalid(true);
            password.focus();
            return true;
        }
        return false;
    }
}
