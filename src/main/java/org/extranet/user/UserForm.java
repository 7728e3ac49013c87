package org.extranet.user;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
import java.util.function.Consumer;
import org.extranet.base.Language;
import org.extranet.base.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The user form in its window (the seed's "a window opens"): "Create new user" with its two
 * buttons, or "Edit user" with Save and Delete user, and a "Sign-in" part that says why the user
 * cannot sign in and offers the fix (Unlock, Lift the block, Resend invitation). The form checks what it
 * can at once; the service decides, and its refusals are shown at the field they concern or, for
 * rules, as a message in the window. Every action is one transaction, so nothing is half-written.
 */
class UserForm extends Dialog {

    /** What changed, so that the list can refresh and put the focus back sensibly. */
    enum Change { CREATED, SAVED, DELETED, SIGN_IN_HELPED }

    private final UserServices users;
    private final long companyId;
    private final Consumer<Change> changed;
    private final EmailField email = new EmailField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField phone = new TextField();
    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    private final CheckboxGroup<String> permissions = new CheckboxGroup<>();
    private final Div problem = new Div();
    private final Binder<Draft> binder = new Binder<>();
    private @Nullable EditableUser editing;

    private UserForm(UserServices users, long companyId, Consumer<Change> changed) {
        this.users = users;
        this.companyId = companyId;
        this.changed = changed;
        setWidth("44rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        buildFields();
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        problem.setVisible(false);
        var form = new FormLayout(email, firstName, lastName, phone, language, permissions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(email, 2);
        form.setColspan(permissions, 2);
        add(problem, form);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                email.focus();
            }
        });
    }

    /** "Create new user": an empty form with the two buttons of the seed. */
    static UserForm create(UserServices users, long companyId, Consumer<Change> changed) {
        var form = new UserForm(users, companyId, changed);
        form.setHeaderTitle(form.getTranslation("user-form.create.title"));
        var empty = new Draft();
        // A new colleague most likely speaks the administrator's language.
        empty.language = Language.of(form.getLocale());
        form.binder.readBean(empty);
        form.offerPermissions(users.directory().grantablePermissions(companyId));

        var cancel = new Button(form.getTranslation("user-form.cancel"), click -> form.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var create = new Button(form.getTranslation("user-form.create"), click -> form.create(false));
        var createAndNotify = new Button(form.getTranslation("user-form.create-and-notify"), click -> form.create(true));
        createAndNotify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.getFooter().add(cancel, create, createAndNotify);
        return form;
    }

    /** "Edit": the same form filled in, saved against the version it was opened with. */
    static UserForm edit(UserServices users, long userId, Consumer<Change> changed) {
        EditableUser user = users.directory().userForEdit(userId);
        var form = new UserForm(users, user.companyId(), changed);
        form.setHeaderTitle(form.getTranslation("user-form.edit.title"));
        form.offerPermissions(users.directory().grantablePermissions(user.companyId()));
        form.fill(user);
        form.addComponentAtIndex(1, new SignInSection(users, user, form::attempt, form::signInHelped));

        var delete = new Button(form.getTranslation("user-form.delete"), click -> form.confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getStyle().set("margin-inline-end", "auto");
        form.getFooter().add(delete);
        var cancel = new Button(form.getTranslation("user-form.cancel"), click -> form.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(form.getTranslation("user-form.save"), click -> form.save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.getFooter().add(cancel, save);
        return form;
    }

    private void buildFields() {
        email.setLabel(getTranslation("user-form.email"));
        email.setMaxLength(254);
        // The binder includes each field's own checks; these are their messages.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(getTranslation("user.error.email-required"))
                .setPatternErrorMessage(getTranslation("user.error.email-invalid"))
                .setMaxLengthErrorMessage(getTranslation("user.error.email-invalid")));
        for (var field : List.of(firstName, lastName)) {
            field.setI18n(new TextField.TextFieldI18n()
                    .setRequiredErrorMessage(getTranslation("user.error.required"))
                    .setMaxLengthErrorMessage(getTranslation("user.error.too-long")));
        }
        phone.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("user.error.phone-invalid")));
        email.setAutocomplete(Autocomplete.OFF);
        firstName.setLabel(getTranslation("user-form.first-name"));
        firstName.setMaxLength(100);
        lastName.setLabel(getTranslation("user-form.last-name"));
        lastName.setMaxLength(100);
        phone.setLabel(getTranslation("user-form.phone"));
        phone.setHelperText(getTranslation("user-form.phone.help"));
        phone.setMaxLength(40);
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

        binder.forField(email)
                .asRequired(getTranslation("user.error.email-required"))
                .withValidator(new EmailValidator(getTranslation("user.error.email-invalid")))
                .bind(draft -> draft.email, (draft, value) -> draft.email = value);
        binder.forField(firstName)
                .asRequired(getTranslation("user.error.required"))
                .withValidator(new StringLengthValidator(getTranslation("user.error.too-long"), 0, 100))
                .bind(draft -> draft.firstName, (draft, value) -> draft.firstName = value);
        binder.forField(lastName)
                .asRequired(getTranslation("user.error.required"))
                .withValidator(new StringLengthValidator(getTranslation("user.error.too-long"), 0, 100))
                .bind(draft -> draft.lastName, (draft, value) -> draft.lastName = value);
        binder.forField(phone)
                .bind(draft -> draft.phone, (draft, value) -> draft.phone = value);
        binder.forField(language)
                .asRequired(getTranslation("user.error.required"))
                .bind(draft -> draft.language, (draft, value) -> draft.language = value);
        binder.forField(permissions)
                .bind(draft -> draft.permissions, (draft, value) -> draft.permissions = new HashSet<>(value));
    }

    private void offerPermissions(List<String> grantable) {
        permissions.setItems(grantable);
        if (grantable.isEmpty()) {
            permissions.setHelperText(getTranslation("user-form.permissions.none"));
        }
    }

    private void fill(EditableUser user) {
        editing = user;
        var draft = new Draft();
        draft.email = user.data().email();
        draft.firstName = user.data().firstName();
        draft.lastName = user.data().lastName();
        draft.phone = user.data().phone() == null ? "" : user.data().phone();
        draft.language = user.data().language();
        draft.permissions = new HashSet<>(user.data().permissions());
        binder.readBean(draft);
    }

    private void create(boolean notify) {
        UserData data = validData();
        if (data == null) {
            return;
        }
        if (attempt(() -> users.administration().createUser(companyId, data, notify))) {
            String name = data.firstName().strip() + " " + data.lastName().strip();
            finish(Change.CREATED, notify
                    ? getTranslation("user-form.created-and-notified", name, data.email().strip())
                    : getTranslation("user-form.created", name));
        }
    }

    private void save() {
        EditableUser user = editing();
        UserData data = validData();
        if (data == null) {
            return;
        }
        if (attempt(() -> users.administration().updateUser(user.id(), user.version(), data))) {
            finish(Change.SAVED, getTranslation("user-form.saved", data.firstName().strip() + " " + data.lastName().strip()));
        }
    }

    /**
     * After a fix in the sign-in part: the list shows it, and the form takes on the version that
     * unlocking moved on, unless someone else changed the user meanwhile (then Save says so).
     */
    private void signInHelped() {
        changed.accept(Change.SIGN_IN_HELPED);
        EditableUser before = editing();
        try {
            EditableUser now = users.directory().userForEdit(before.id());
            if (now.data().equals(before.data())) {
                editing = now;
            }
        } catch (AccessDeniedException gone) {
            // Save will tell.
        }
    }

    private void confirmDelete() {
        EditableUser user = editing();
        String name = user.data().firstName() + " " + user.data().lastName();
        new DeleteConfirmation(getTranslation("user-form.delete.confirm.text", name, user.data().email()), () -> {
            if (attempt(() -> users.administration().deleteUser(user.id()))) {
                finish(Change.DELETED, getTranslation("user-form.deleted", name));
            }
        }).open();
    }

    /** The form's values when the form's own checks pass; otherwise the first bad field gets the focus. */
    private @Nullable UserData validData() {
        hideProblem();
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

    /** Runs one service action; a refusal is shown where it belongs and false returned. */
    private boolean attempt(Runnable action) {
        hideProblem();
        try {
            action.run();
            return true;
        } catch (InvalidUserException invalid) {
            showAtField(invalid);
        } catch (UserRuleException rule) {
            showProblem(rule.messageKey());
        } catch (AccessDeniedException denied) {
            // Deleted or moved by someone else meanwhile, or the actor's own rights are gone.
            showProblem("user.error.not-allowed");
        }
        return false;
    }

    private void showAtField(InvalidUserException invalid) {
        HasValidation field = switch (invalid.field()) {
            case EMAIL -> email;
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case PHONE -> phone;
            case PERMISSIONS -> permissions;
        };
        field.setErrorMessage(getTranslation(invalid.messageKey()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void showProblem(String messageKey) {
        problem.removeAll();
        problem.add(new Span(getTranslation(messageKey)));
        if ("user.error.changed-meanwhile".equals(messageKey) && editing != null) {
            var reload = new Button(getTranslation("user-form.reload"), click -> reload());
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reload.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            problem.add(reload);
        }
        problem.setVisible(true);
    }

    private void hideProblem() {
        problem.setVisible(false);
        problem.removeAll();
    }

    /** After a change made meanwhile: the user as they are now, with the version to save against. */
    private void reload() {
        hideProblem();
        try {
            fill(users.directory().userForEdit(editing().id()));
            email.focus();
        } catch (AccessDeniedException gone) {
            showProblem("user.error.not-allowed");
        }
    }

    /**
     * Closes the window, then tells what happened: a notification opened while a modal window is
     * open would belong to that window and vanish with it.
     */
    private void finish(Change change, String notice) {
        changed.accept(change);
        close();
        Notices.done(notice);
    }

    private EditableUser editing() {
        if (editing == null) {
            throw new IllegalStateException("Not editing a user");
        }
        return editing;
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
