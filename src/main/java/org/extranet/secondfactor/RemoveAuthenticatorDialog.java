package org.extranet.secondfactor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;

/**
 * "Remove authenticator app": asks for the password or a code from the app first, so that an
 * unattended open session is not enough. A refusal shows at the field.
 */
class RemoveAuthenticatorDialog extends Dialog implements ShowsRefusals {

    private final PasswordField passwordOrCode = new PasswordField();

    RemoveAuthenticatorDialog(SecondFactorAccount account, Runnable done) {
        setHeaderTitle(getTranslation("second-factor.remove.title"));
        setWidth("28rem");
        setMaxWidth("100%");
        passwordOrCode.setLabel(getTranslation("second-factor.remove.password-or-code"));
        passwordOrCode.setHelperText(getTranslation("second-factor.remove.help"));
        passwordOrCode.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        passwordOrCode.setManualValidation(true);
        passwordOrCode.setWidthFull();
        passwordOrCode.addValueChangeListener(change -> passwordOrCode.setInvalid(false));
        add(new Paragraph(getTranslation("second-factor.remove.text")), passwordOrCode);

        var remove = new Button(getTranslation("second-factor.remove.submit"), click -> {
            account.removeMyAuthenticator(passwordOrCode.getValue());
            close();
            Notices.done(getTranslation("second-factor.remove.done"));
            done.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        remove.addClickShortcut(Key.ENTER).listenOn(passwordOrCode).resetFocusOnActiveElement();
        var cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, remove);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                passwordOrCode.focus();
            }
        });
    }

    @Override
    public boolean show(Refusal refusal) {
        if (!(refusal instanceof FieldRefusal at)) {
            return false;
        }
        passwordOrCode.setErrorMessage(getTranslation(at.messageKey(), at.arguments()));
        passwordOrCode.setInvalid(true);
        passwordOrCode.focus();
        return true;
    }
}
