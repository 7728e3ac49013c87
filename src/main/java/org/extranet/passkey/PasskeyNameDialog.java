package org.extranet.passkey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.Refusal;
import org.extranet.base.ui.NotAllowed;
import org.extranet.base.ui.ShowsRefusals;

/**
 * Asks for a passkey's name: before a new one is made ("Add a passkey") and to rename one. The
 * name's problems show at the field as it is typed and when the service refuses it; a passkey
 * removed meanwhile closes the window and the notice says so. The window stays open while the
 * browser makes a new passkey; the section closes it once that is done.
 */
class PasskeyNameDialog extends Dialog implements ShowsRefusals {

    private final TextField name = new TextField();
    private final Button save = new Button();
    private final BiConsumer<PasskeyNameDialog, String> onSave;

    PasskeyNameDialog(String titleKey, String saveKey, String current, BiConsumer<PasskeyNameDialog, String> onSave) {
        this.onSave = onSave;
        addClassName("passkey-name-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setMaxWidth("min(32rem, 100%)");
        name.setLabel(getTranslation("passkeys.name"));
        name.setHelperText(getTranslation("passkeys.name.help"));
        name.setRequiredIndicatorVisible(true);
        // The rule below decides, with its own message; the field's built-in check would overrule it.
        name.setManualValidation(true);
        name.setMaxLength(PasskeyNames.MAX_LENGTH);
        name.setValue(current);
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        name.addValueChangeListener(change -> check());
        add(name);
        save.setText(getTranslation(saveKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("passkey-name-save");
        save.addClickListener(click -> submit());
        var cancel = new Button(getTranslation("passkeys.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    @Override
    public void open() {
        super.open();
        name.focus();
    }

    /** After the browser did not make the passkey: the user may try again from here. */
    void again() {
        save.setEnabled(true);
        save.focus();
    }

    private boolean check() {
        var problem = PasskeyNames.problem(name.getValue());
        problem.ifPresent(this::showAtName);
        name.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    private void showAtName(Refusal problem) {
        name.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        name.setInvalid(true);
    }

    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof ConcurrentChange || refusal instanceof NotAllowed) {
            close();
            return false;
        }
        showAtName(refusal);
        name.focus();
        return true;
    }

    private void submit() {
        if (!check()) {
            name.focus();
            return;
        }
        onSave.accept(this, name.getValue());
    }

    /** While the browser makes the passkey, a second press would start a second ceremony. */
    void busy() {
        save.setEnabled(false);
    }
}
