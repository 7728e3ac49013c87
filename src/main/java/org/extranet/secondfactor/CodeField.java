package org.extranet.secondfactor;

import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;

/**
 * Where a code is typed: the app's six digits or a recovery code. Phones offer their number pad
 * and the code they just received; a refusal of the service shows at the field, which takes the focus.
 */
class CodeField extends TextField {

    CodeField(String label, String help) {
        super(label);
        setHelperText(help);
        setAutocomplete(Autocomplete.OFF);
        setAutocapitalize(Autocapitalize.NONE);
        setAutocorrect(false);
        setManualValidation(true);
        setWidthFull();
        addValueChangeListener(change -> setInvalid(false));
    }

    /** For the app's code: the number pad on phones, and the browser may offer a code it just received. */
    CodeField digits() {
        // The field's input is its own element, made in the browser: the hint goes there.
        getElement().executeJs("customElements.whenDefined('vaadin-text-field').then(() => {"
                + " const input = this.querySelector('input'); if (input) { input.inputMode = 'numeric'; } })");
        getElement().setProperty("autocomplete", "one-time-code");
        return this;
    }

    String value() {
        return getValue();
    }

    /** A refusal at a code field is shown here; the service names which field it means. */
    boolean show(Refusal refusal) {
        if (!(refusal instanceof FieldRefusal at)) {
            return false;
        }
        setErrorMessage(getTranslation(at.messageKey(), at.arguments()));
        setInvalid(true);
        focus();
        return true;
    }
}
