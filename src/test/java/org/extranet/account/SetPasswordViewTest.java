package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.ViewTest;
import org.extranet.password.PasswordLinks;
import org.extranet.password.PasswordLinksTest;
import org.extranet.password.TokenPurpose;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class SetPasswordViewTest extends ViewTest {

    static final String NEW_PASSWORD = "tractors in the spring rain";

    @Autowired PasswordLinks links;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transaction;

    private String email;
    private long userId;

    @BeforeEach
    void invitedUser() {
        email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        userId = fixtures.userId(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private String issue(TokenPurpose purpose) {
        return PasswordLinksTest.token(transaction.execute(status -> links.issue(userId, purpose)));
    }

    private SetPasswordView open(String token) {
        UI.getCurrent().navigate(SetPasswordView.class, QueryParameters.of("token", token));
        return (SetPasswordView) getCurrentView();
    }

    private PasswordField field(String label) {
        return find(PasswordField.class).withLabel(label).single();
    }

    private UserStatus status() {
        return db.select(APP_USER.STATUS).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.STATUS);
    }

    private void assertExplains(String heading, String explanationStart) {
        assertThat(find(H1.class).single().getText()).isEqualTo(heading);
        assertThat(find(Paragraph.class).single().getText()).startsWith(explanationStart);
        assertThat(find(Anchor.class).single().getHref()).isEqualTo("login");
        assertThat(find(PasswordField.class).exists()).isFalse();
    }

    @Test
    void a_valid_link_shows_the_form_for_the_account() {
        String token = issue(TokenPurpose.INVITATION);
        var view = open(token);

        assertThat(find(H1.class).single().getText()).isEqualTo("Set your password");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Welcome, Test! Choose a password to activate your account.", "Account: " + email);
        assertThat(field("New password")).isNotNull();
        assertThat(field("Repeat new password")).isNotNull();
        assertThat(find(Button.class).withText("Set password").exists()).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("Set password – Extranet");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).noneMatch(text -> text.contains(token));
    }

    @Test
    void the_strength_hint_follows_the_typing_and_is_announced() {
        open(issue(TokenPurpose.INVITATION));

        test(field("New password")).setValue("passwordpassword");
        var hint = find(Span.class).withClassName("password-strength").single();
        assertThat(hint.getText()).isEqualTo("Password strength: weak");
        assertThat(hint.getElement().getAttribute("aria-live")).isEqualTo("polite");

        test(field("New password")).setValue(NEW_PASSWORD);
        assertThat(hint.getText()).isEqualTo("Password strength: very strong");
    }

    @Test
    void a_repetition_that_differs_is_refused_at_the_repeat_field() {
        open(issue(TokenPurpose.INVITATION));

        test(field("New password")).setValue(NEW_PASSWORD);
        test(field("Repeat new password")).setValue(NEW_PASSWORD + "!");
        test(find(Button.class).withText("Set password").single()).click();

        assertThat(field("Repeat new password").isInvalid()).isTrue();
        assertThat(field("Repeat new password").getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(field("New password").isInvalid()).isFalse();
        assertThat(status()).isEqualTo(UserStatus.INVITED);
    }

    @Test
    void a_password_the_policy_refuses_is_reported_at_the_new_password_field() {
        open(issue(TokenPurpose.INVITATION));

        test(field("New password")).setValue("too short");
        test(field("Repeat new password")).setValue("too short");
        test(find(Button.class).withText("Set password").single()).click();

        assertThat(field("New password").isInvalid()).isTrue();
        assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(field("Repeat new password").isInvalid()).isFalse();
        assertThat(status()).isEqualTo(UserStatus.INVITED);
    }

    @Test
    void setting_the_password_confirms_it_and_leads_to_the_sign_in_page() {
        open(issue(TokenPurpose.INVITATION));

        test(field("New password")).setValue(NEW_PASSWORD);
        test(field("Repeat new password")).setValue(NEW_PASSWORD);
        test(find(Button.class).withText("Set password").single()).click();

        assertExplains("Your password is set", "You can now sign in with your e-mail address " + email);
        assertThat(status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void enter_in_the_repeat_field_sets_the_password() {
        open(issue(TokenPurpose.INVITATION));

        test(field("New password")).setValue(NEW_PASSWORD);
        test(field("Repeat new password")).setValue(NEW_PASSWORD);
        // Pressed in the repeat field itself: the shortcut listens there, not on the whole page.
        ShortcutsKt._fireShortcut(field("Repeat new password"), Key.ENTER);

        assertThat(find(H1.class).single().getText()).isEqualTo("Your password is set");
        assertThat(status()).isEqualTo(UserStatus.ACTIVE);
    }

    /** An invitation of the user's that ran out a day ago. */
    private String expiredInvitation() {
        String token = issue(TokenPurpose.INVITATION);
        db.update(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.CREATED_AT, OffsetDateTime.now(clock).minusDays(4))
                .set(ONE_TIME_TOKEN.EXPIRES_AT, OffsetDateTime.now(clock).minusDays(1))
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId)).execute();
        return token;
    }

    @Test
    void an_expired_invitation_explains_whom_to_ask() {
        open(expiredInvitation());

        assertExplains("This link has expired", "Links to set a password are valid for a limited time only. "
                + "Ask your company's administrator to send you a new invitation");
    }

    @Test
    void an_expired_staff_invitation_points_to_forgot_password_for_there_is_no_company_administrator() {
        String staff = fixtures.staff();
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.INVITED).setNull(APP_USER.PASSWORD_HASH)
                .where(APP_USER.EMAIL.eq(staff)).execute();
        userId = fixtures.userId(staff);
        open(expiredInvitation());

        assertExplains("This link has expired", "Links to set a password are valid for a limited time only. "
                + "Use \"Forgot password?\" on the sign-in page to get a new link by e-mail.");
        assertThat(find(Paragraph.class).single().getText()).doesNotContain("administrator");
    }

    @Test
    void a_used_link_says_so() {
        String token = issue(TokenPurpose.PASSWORD_RESET);
        links.setPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        open(token);

        assertExplains("This link has already been used", "Each link works only once.");
    }

    @Test
    void an_unknown_or_missing_token_explains_what_to_do() {
        open("not-a-token-we-issued");
        assertExplains("This link is not valid", "The link may be incomplete");

        navigate(SetPasswordView.class);
        assertExplains("This link is not valid", "The link may be incomplete");
    }

    @Test
    void a_link_used_in_another_tab_meanwhile_shows_the_used_page() {
        String token = issue(TokenPurpose.INVITATION);
        open(token);
        links.setPassword(token, "another tab was quicker", "another tab was quicker");

        test(field("New password")).setValue(NEW_PASSWORD);
        test(field("Repeat new password")).setValue(NEW_PASSWORD);
        test(find(Button.class).withText("Set password").single()).click();

        assertExplains("This link has already been used", "Each link works only once.");
    }

    @Test
    void the_page_speaks_the_users_language() {
        db.update(APP_USER).set(APP_USER.LANGUAGE, "pl").where(APP_USER.ID.eq(userId)).execute();

        open(issue(TokenPurpose.INVITATION));

        assertThat(find(H1.class).single().getText()).isEqualTo("Ustaw swoje hasło");
        assertThat(field("Nowe hasło")).isNotNull();
        assertThat(field("Powtórz nowe hasło")).isNotNull();
        assertThat(find(Button.class).withText("Ustaw hasło").exists()).isTrue();
    }
}
