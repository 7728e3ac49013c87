package org.extranet.user;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * The user form's fields: e-mail, names, phone, language, permissions. They check what they can
 * at once ({@link UserRules}); a refusal of the service is shown at the field it concerns.
 */
final class UserFields extends FormLayout {

    private final EmailField email = new EmailField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField phone = new TextField();
    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    private final CheckboxGroup<String> permissions = new CheckboxGroup<>();
    private final Binder<Draft> binder = new Binder<>();

    UserFields() {
        buildFields();
        bind();
        add(email, firstName, lastName, phone, language, permissions);
        setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        setColspan(email, 2);
        setColspan(permissions, 2);
    }

    private void buildFields() {
        email.setLabel(getTranslation("user-form.email"));
        email.setMaxLength(UserRules.EMAIL_MAX_LENGTH);
        // The binder includes each field's own checks; these are their messages.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(getTranslation("user.error.email-required"))
                .setPatternErrorMessage(getTranslation("user.error.email-invalid"))
                .setMaxLengthErrorMessage(getTranslation("user.error.email-invalid")));
        for (var field : List.of(firstName, lastName)) {
            field.setI18n(new TextField.TextFieldI18n()
                    .setRequiredErrorMessage(getTranslation("user.error.required"))
                    .setMaxLengthErrorMessage(getTranslation("user.error.too-long", UserRules.NAME_MAX_LENGTH)));
        }
        phone.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("user.error.phone-invalid")));
        email.setAutocomplete(Autocomplete.OFF);
        firstName.setLabel(getTranslation("user-form.first-name"));
        firstName.setMaxLength(UserRules.NAME_MAX_LENGTH);
        lastName.setLabel(getTranslation("user-form.last-name"));
        lastName.setMaxLength(UserRules.NAME_MAX_LENGTH);
        phone.setLabel(getTranslation("user-form.phone"));
        phone.setHelperText(getTranslation("user-form.phone.help"));
        phone.setMaxLength(UserRules.PHONE_MAX_LENGTH);
        for (var field : List.of(email, firstName, lastName, phone)) {
            field.setAutocomplete(Autocomplete.OFF);
            // The binder and the service decide what is invalid; the field's own checks would
            // clear the service's message on blur.
            field.setManualValidation(true);
        }
        language.setLabel(getTranslation("user-form.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> getTranslation(value.locale(), "language.name"));
        permissions.setLabel(getTranslation("user-form.permissions"));
        permissions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        permissions.setItemLabelGenerator(code -> getTranslation("permission." + code));
        permissions.setItemHelperGenerator(code -> getTranslation("permission." + code + ".description"));
    }

    private void bind() {
        binder.forField(email)
                .asRequired(getTranslation("user.error.email-required"))
                .withValidator(new EmailValidator(getTranslation("user.error.email-invalid")))
                .bind(draft -> draft.email, (draft, value) -> draft.email = value);
        binder.forField(firstName)
                .asRequired(getTranslation("user.error.required"))
                .withValidator(nameLength())
                .bind(draft -> draft.firstName, (draft, value) -> draft.firstName = value);
        binder.forField(lastName)
                .asRequired(getTranslation("user.error.required"))
                .withValidator(nameLength())
                .bind(draft -> draft.lastName, (draft, value) -> draft.lastName = value);
        binder.forField(phone)
                .bind(draft -> draft.phone, (draft, value) -> draft.phone = value);
        binder.forField(language)
                .asRequired(getTranslation("user.error.required"))
                .bind(draft -> draft.language, (draft, value) -> draft.language = value);
        binder.forField(permissions)
                .bind(draft -> draft.permissions, (draft, value) -> draft.permissions = new HashSet<>(value));
    }

    void offerPermissions(List<String> grantable) {
        permissions.setItems(grantable);
        if (grantable.isEmpty()) {
            permissions.setHelperText(getTranslation("user-form.permissions.none"));
        }
    }

    /** An empty form; a new colleague most likely speaks the administrator's language. */
    void clear(Language likelyLanguage) {
        var empty = new Draft();
        empty.language = likelyLanguage;
        binder.readBean(empty);
    }

    void fill(UserData data) {
        var draft = new Draft();
        draft.email = data.email();
        draft.firstName = data.firstName();
        draft.lastName = data.lastName();
        draft.phone = data.phone() == null ? "" : data.phone();
        draft.language = data.language();
        draft.permissions = new HashSet<>(data.permissions());
        binder.readBean(draft);
    }

    /** The form's values when the form's own checks pass; otherwise the first bad field gets the focus. */
    @Nullable UserData validData() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .map(error -> error.getField())
                    .ifPresent(field -> {
                        if (field instanceof Focusable<?> focusable) {
                            focusable.focus();
                        }
                    });
            return null;
        }
        return new UserData(draft.email, draft.firstName, draft.lastName, draft.phone, draft.language,
                Set.copyOf(draft.permissions));
    }

    void showAt(UserField which, String message) {
        HasValidation field = switch (which) {
            case EMAIL -> email;
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case PHONE -> phone;
            case PERMISSIONS -> permissions;
        };
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private StringLengthValidator nameLength() {
        return new StringLengthValidator(getTranslation("user.error.too-long", UserRules.NAME_MAX_LENGTH), 0,
                UserRules.NAME_MAX_LENGTH);
    }

    void focusEmail() {
        email.focus();
    }

    /** The form's values while being edited. */
    private static final class Draft {
        String email = "";
        String firstName = "";
        String lastName = "";
        String phone = "";
        Language language = Language.PL;
        Set<String> permissions = new HashSet<>();
    }
}
