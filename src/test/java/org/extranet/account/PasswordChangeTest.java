package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.SignIn;
import org.extranet.base.FieldRefusal;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.password.LinkState;
import org.extranet.password.LinkUnusable;
import org.extranet.password.PasswordFormField;
import org.extranet.password.PasswordLinks;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@SpringBootTest
class PasswordChangeTest {

    static final String NEW_PASSWORD = "tractors in the spring rain";

    @Autowired PasswordChange passwords;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired AuthenticationProvider authentication;
    @Autowired PasswordReset reset;
    @Autowired PasswordLinks links;
    @Autowired MailedLinks mailedLinks;

    private String email;
    private long userId;

    @BeforeEach
    void signedInUser() {
        email = fixtures.user(fixtures.company(), "VIEW_PRICES");
        userId = fixtures.userId(email);
        signIn.as(email);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private AppUserRecord user() {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle();
    }

    private int mails() {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("PASSWORD_CHANGED")));
    }

    private int auditEvents() {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)
                .and(AUDIT_EVENT.ACTION.eq("PASSWORD_CHANGED")));
    }

    private void assertRefusedAt(PasswordFormField field, String messageKey, String current, String newPassword, String repeat) {
        var before = user();
        assertThatThrownBy(() -> passwords.changePassword(current, newPassword, repeat))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                });
        var after = user();
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.getSessionGeneration()).isEqualTo(before.getSessionGeneration());
        assertThat(mails()).isZero();
        assertThat(auditEvents()).isZero();
    }

    private void signInWith(String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void a_wrong_current_password_is_refused_at_its_field_and_changes_nothing() {
        assertRefusedAt(PasswordFormField.CURRENT_PASSWORD, "change-password.current-wrong",
                "not my password at all", NEW_PASSWORD, NEW_PASSWORD);
    }

    @Test
    void an_empty_current_password_is_asked_for() {
        assertRefusedAt(PasswordFormField.CURRENT_PASSWORD, "change-password.current-required", "", NEW_PASSWORD, NEW_PASSWORD);
    }

    @Test
    void the_policy_refuses_a_weak_new_password_at_the_new_password_field() {
        assertRefusedAt(PasswordFormField.NEW_PASSWORD, "password.too-short", Fixtures.PASSWORD, "too short", "too short");
        assertRefusedAt(PasswordFormField.NEW_PASSWORD, "password.common", Fixtures.PASSWORD, "password1234", "password1234");
    }

    @Test
    void a_repetition_that_differs_is_refused_at_the_repeat_field() {
        assertRefusedAt(PasswordFormField.REPEAT, "password.mismatch", Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
    }

    @Test
    void the_current_password_cannot_be_the_new_one() {
        assertRefusedAt(PasswordFormField.NEW_PASSWORD, "change-password.unchanged",
                Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD);
    }

    @Test
    void the_new_password_replaces_the_old_one_ends_other_sessions_mails_the_user_and_is_audited() {
        int generation = user().getSessionGeneration();

        passwords.changePassword(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        signInWith(NEW_PASSWORD);
        assertThatThrownBy(() -> signInWith(Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(user().getSessionGeneration()).isEqualTo(generation + 1);

        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).fetchSingle();
        assertThat(mail.getKind()).isEqualTo("PASSWORD_CHANGED");
        assertThat(mail.getLanguage()).isEqualTo("en");
        assertThat(mail.getSubject()).isEqualTo("Your Extranet password was changed");
        assertThat(mail.getTextBody()).contains("Hello Test,");

        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)).fetchSingle();
        assertThat(event.getAction()).isEqualTo("PASSWORD_CHANGED");
        assertThat(event.getActorId()).isEqualTo(userId);
        assertThat(event.getSubjectLabel()).isEqualTo(email);
    }

    @Test
    void nobody_signed_in_changes_nothing() {
        signIn.out();

        assertThatThrownBy(() -> passwords.changePassword(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void guessing_the_current_password_from_an_open_session_is_blocked_like_signing_in() {
        for (int i = 0; i < 5; i++) {
            assertRefusedAt(PasswordFormField.CURRENT_PASSWORD, "change-password.current-wrong", "guess number " + i,
                    "tractors in the spring rain", "tractors in the spring rain");
        }

        assertRefusedAt(PasswordFormField.CURRENT_PASSWORD, "change-password.blocked", Fixtures.PASSWORD,
                "tractors in the spring rain", "tractors in the spring rain");
    }

    @Test
    void a_new_password_voids_a_reset_link_still_out_so_whoever_holds_it_cannot_undo_the_change() {
        reset.requestPasswordReset(email, Fixtures.unique("client"));
        String mailedReset = mailedLinks.token(email, "PASSWORD_RESET");
        assertThat(links.check(mailedReset)).isInstanceOf(LinkState.Valid.class);

        passwords.changePassword(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(links.check(mailedReset)).isEqualTo(new LinkState.Unknown());
        assertThatThrownBy(() -> links.setPassword(mailedReset, "an attacker's password", "an attacker's password"))
                .isInstanceOf(LinkUnusable.class);
        signInWith(NEW_PASSWORD);
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)
                .and(AUDIT_EVENT.ACTION.eq("PASSWORD_CHANGED"))).fetchSingle();
        assertThat(event.getAfterState().data()).contains("linksVoided", "PASSWORD_RESET");
    }
}
