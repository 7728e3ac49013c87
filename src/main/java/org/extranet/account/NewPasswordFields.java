package org.extranet.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.password.PasswordFormField;
import org.extranet.password.PasswordPolicy;

/**
 * "New password" with its live strength hint, and "Repeat new password": the part that the
 * set-password page and "Change password" share. The service's refusals show at the field to blame.
 */
class NewPasswordFields extends Div {

    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Span strength = new Span();

    NewPasswordFields(PasswordPolicy policy, String email) {
        newPassword.setLabel(getTranslation("set-password.new-password"));
        newPassword.setHelperText(getTranslation("set-password.hint", PasswordPolicy.MIN_LENGTH));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setValueChangeMode(ValueChangeMode.LAZY);
        newPassword.addValueChangeListener(change -> {
            clearError(newPassword);
            strength.setText(change.getValue().isEmpty() ? "" : getTranslation("password.strength",
                    getTranslation(policy.strength(change.getValue(), email).messageKey())));
        });
        strength.getElement().setAttribute("aria-live", "polite");
        strength.addClassName("password-strength");

        repeat.setLabel(getTranslation("set-password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.addValueChangeListener(change -> clearError(repeat));
        for (var field : new PasswordField[] {newPassword, repeat}) {
            // The messages come from the service; the field's own checks would clear them on blur.
            field.setManualValidation(true);
            field.setWidthFull();
        }
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(newPassword, strength, repeat);
    }

    String newPassword() {
        return newPassword.getValue();
    }

    String repeat() {
        return repeat.getValue();
    }

    /** The field the user presses Enter in to submit the form. */
    PasswordField repeatField() {
        return repeat;
    }

    void clearErrors() {
        clearError(newPassword);
        clearError(repeat);
    }

    /** Shows a refusal of the new password at its field and moves focus there; false for any other refusal. */
    boolean show(Refusal refusal) {
        if (!(refusal instanceof FieldRefusal at) || !(at.field() instanceof PasswordFormField which)) {
            return false;
        }
        var field = switch (which) {
            case NEW_PASSWORD -> newPassword;
            case REPEAT -> repeat;
            case CURRENT_PASSWORD -> null;
        };
        if (field == null) {
            return false;
        }
        showError(field, getTranslation(at.messageKey(), at.arguments()));
        return true;
    }

    static void showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    static void clearError(PasswordField field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
