package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class ChangePasswordDialogTest extends ViewTest {

    static final String NEW_PASSWORD = "tractors in the spring rain";

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    private String email;
    private Dialog dialog;

    @BeforeEach
    void openTheForm() {
        email = fixtures.user(fixtures.company());
        signIn.as(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AccountView.class);
        test(find(Button.class).withText("Change password").single()).click();
        dialog = find(Dialog.class).single();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private PasswordField field(String label) {
        return find(PasswordField.class).from(dialog).withLabel(label).single();
    }

    private void fillIn(String current, String newPassword, String repeat) {
        test(field("Current password")).setValue(current);
        test(field("New password")).setValue(newPassword);
        test(field("Repeat new password")).setValue(repeat);
        test(find(Button.class).from(dialog).withText("Change password").single()).click();
    }

    private int sessionGeneration() {
        return db.select(APP_USER.SESSION_GENERATION).from(APP_USER).where(APP_USER.EMAIL.eq(email))
                .fetchSingle(APP_USER.SESSION_GENERATION);
    }

    @Test
    void a_wrong_current_password_is_shown_at_the_current_password_field() {
        fillIn("not my password at all", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(field("New password").isInvalid()).isFalse();
        assertThat(field("Repeat new password").isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(sessionGeneration()).isZero();
    }

    @Test
    void a_password_the_policy_refuses_is_shown_at_the_new_password_field() {
        fillIn(Fixtures.PASSWORD, "too short", "too short");

        assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(field("Current password").isInvalid()).isFalse();
        assertThat(field("Repeat new password").isInvalid()).isFalse();
    }

    @Test
    void a_repetition_that_differs_is_shown_at_the_repeat_field() {
        fillIn(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");

        assertThat(field("Repeat new password").getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(field("New password").isInvalid()).isFalse();
    }

    @Test
    void the_strength_hint_follows_the_typing() {
        test(field("New password")).setValue("passwordpassword");
        var hint = find(Span.class).from(dialog).withClassName("password-strength").single();
        assertThat(hint.getText()).isEqualTo("Password strength: weak");

        test(field("New password")).setValue(NEW_PASSWORD);
        assertThat(hint.getText()).isEqualTo("Password strength: very strong");
    }

    @Test
    void a_changed_password_closes_the_form_and_says_so() {
        fillIn(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(NoticesShown.text(find(Notification.class).last()))
                .isEqualTo("Your password has been changed. Your other sessions have been signed out.");
        assertThat(sessionGeneration()).isOne();
    }

    @Test
    void cancel_closes_the_form_and_changes_nothing() {
        test(field("Current password")).setValue(Fixtures.PASSWORD);

        test(find(Button.class).from(dialog).withText("Cancel").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(sessionGeneration()).isZero();
    }
}
