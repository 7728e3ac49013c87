package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.function.Consumer;
import org.extranet.base.ui.Plural;

/**
 * "Grant a permission" or "Take away a permission" for the selected users: one of the permissions
 * the company may hand out, then the button that says to how many users it goes.
 */
final class BulkPermissionDialog extends Dialog {

    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();

    BulkPermissionDialog(BulkAction action, List<String> grantable, int users, Consumer<String> chosen) {
        setHeaderTitle(getTranslation("bulk.permission.title." + action.name()));
        setMaxWidth("min(32rem, 100%)");
        choice.setLabel(getTranslation("bulk.permission.choice"));
        choice.setHelperText(getTranslation("bulk.permission.help"));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(grantable);
        choice.setItemLabelGenerator(code -> getTranslation("permission." + code));
        choice.setRequiredIndicatorVisible(true);
        add(choice);
        var cancel = new Button(getTranslation("user-form.cancel"), click -> close());
        var confirm = new Button(getTranslation(Plural.of(users, getLocale())
                .key("bulk.permission.confirm." + action.name()), users), click -> {
            String permission = choice.getValue();
            if (permission == null) {
                choice.setErrorMessage(getTranslation("bulk.permission.required"));
                choice.setInvalid(true);
                focusChoice();
                return;
            }
            close();
            chosen.accept(permission);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                focusChoice();
            }
        });
    }

    /** A radio group is one Tab stop: the focus goes to its chosen radio button, else to its first. */
    private void focusChoice() {
        choice.getElement().executeJs("const radio = this.querySelector('vaadin-radio-button[checked]')"
                + " || this.querySelector('vaadin-radio-button'); if (radio) { radio.focus(); }");
    }

    RadioButtonGroup<String> choice() {
        return choice;
    }
}
