package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.PASSKEY;

import java.time.Duration;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.TestClock;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.security.ReauthenticationNeeded;
import org.extranet.security.SignInFactors;
import org.extranet.user.SignInSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Losing the factor: the user removes their app with the password or a code; their administrator or
 * staff remove it for them ("Remove second factor"), never across companies. Each removal is on
 * record and told to the user by mail, in their language.
 */
@SpringBootTest
class SecondFactorRemovalTest {

    @Autowired SecondFactorAccount account;
    @Autowired SecondFactorSignIn secondStep;
    @Autowired TestClock clock;
    @Autowired SignInSupport signInSupport;
    @Autowired Authenticators authenticators;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String email;
    long userId;
    Authenticators.App app;

    @BeforeEach
    void aUserWithAnApp() {
        company = fixtures.company();
        email = fixtures.user(company, "PLACE_ORDERS");
        userId = fixtures.userId(email);
        db.update(APP_USER).set(APP_USER.LANGUAGE, "pl").where(APP_USER.ID.eq(userId)).execute();
        app = authenticators.enrol(email);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private boolean hasApp() {
        signIn.passwordOnly(email);
        try {
            return SignInFactors.secondFactorPending();
        } finally {
            signIn.out();
        }
    }

    private int events(String action) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)));
    }

    @Test
    void the_user_removes_their_app_with_the_password_not_without() {
        signIn.as(email);

        assertThatThrownBy(() -> account.removeMyAuthenticator("not my password at all"))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("second-factor.error.password-wrong"));
        assertThat(hasApp()).isTrue();

        signIn.as(email);
        account.removeMyAuthenticator(Fixtures.PASSWORD);

        assertThat(hasApp()).isFalse();
        assertThat(events("SECOND_FACTOR_REMOVED")).isEqualTo(1);
        assertThat(db.select(MAIL_OUTBOX.KIND, MAIL_OUTBOX.LANGUAGE).from(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email))
                .orderBy(MAIL_OUTBOX.ID).fetch().map(row -> row.value1() + " " + row.value2()))
                .containsExactly("SECOND_FACTOR_ADDED pl", "SECOND_FACTOR_REMOVED pl");
    }

    @Test
    void the_user_removes_their_app_with_a_code_from_it() {
        signIn.as(email);

        account.removeMyAuthenticator(authenticators.code(app.secret(), 1));

        assertThat(hasApp()).isFalse();
    }

    @Test
    void their_administrator_removes_it_and_the_user_is_told_in_their_language() {
        String admin = fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);

        assertThat(signInSupport.signInHelp(userId).secondFactorSince()).isNotNull();
        signInSupport.removeSecondFactor(userId);

        assertThat(signInSupport.signInHelp(userId).secondFactorSince()).isNull();
        assertThat(hasApp()).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REMOVED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)).and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))))).isEqualTo(1);
        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("SECOND_FACTOR_RESET")))
                .fetchSingle();
        assertThat(mail.getLanguage()).isEqualTo("pl");
        assertThat(mail.getSubject()).isEqualTo("Z Twojego konta w Extranecie usunięto drugi składnik");
        assertThat(mail.getTextBody()).contains("Administrator Twojej firmy lub Dział Obsługi Dystrybutorów usunął");
        // Once only: removing what is no longer there changes and tells nothing.
        signIn.as(admin);
        signInSupport.removeSecondFactor(userId);
        assertThat(events("SECOND_FACTOR_REMOVED")).isEqualTo(1);
    }

    @Test
    void an_administrator_of_another_company_is_refused_and_the_attempt_is_on_record() {
        String intruder = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(intruder);

        assertThatThrownBy(() -> signInSupport.removeSecondFactor(userId)).isInstanceOf(AccessDeniedException.class);

        assertThat(hasApp()).isTrue();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(intruder))).and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)))).isEqualTo(1);
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("SECOND_FACTOR_RESET"))))
                .isZero();
    }

    @Test
    void staff_may_remove_anyones_on_the_companys_behalf() {
        signIn.as(fixtures.staff());

        signInSupport.removeSecondFactor(userId);

        assertThat(hasApp()).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REMOVED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)).and(AUDIT_EVENT.ON_BEHALF.isTrue()))).isEqualTo(1);
    }

    @Test
    void their_administrator_takes_their_passkeys_too_as_a_lost_phone_may_hold_both() {
        fixtures.passkey(email, "Phone");
        String onlyPasskey = fixtures.user(company);
        fixtures.passkey(onlyPasskey, "Laptop");
        signIn.as(fixtures.user(company, "MANAGE_USERS"));

        signInSupport.removeSecondFactor(userId);
        signInSupport.removeSecondFactor(fixtures.userId(onlyPasskey));

        assertThat(db.fetchCount(PASSKEY, PASSKEY.USER_ID.in(userId, fixtures.userId(onlyPasskey)))).isZero();
        assertThat(db.fetchValues(AUDIT_EVENT.BEFORE_STATE, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REMOVED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.in(userId, fixtures.userId(onlyPasskey)))))
                .extracting(state -> state.data())
                .containsExactlyInAnyOrder("{\"factor\": \"authenticator app, 1 passkey\"}", "{\"factor\": \"1 passkey\"}");
        signIn.passwordOnly(onlyPasskey);
        assertThat(SignInFactors.secondFactorPending()).isFalse();
    }

    @Test
    void new_recovery_codes_replace_the_old_ones_and_are_on_record() {
        signIn.as(email);

        var fresh = account.newRecoveryCodes();

        assertThat(fresh.codes()).hasSize(10).doesNotContainAnyElementsOf(app.recoveryCodes());
        assertThat(account.mySecondFactor().recoveryCodesLeft()).isEqualTo(10);
        assertThat(events("RECOVERY_CODES_RENEWED")).isEqualTo(1);
        signIn.passwordOnly(email);
        assertThatThrownBy(() -> secondStep.useRecoveryCode(app.recoveryCodes().getFirst()))
                .isInstanceOf(FieldRefusal.class);
        assertThat(secondStep.useRecoveryCode(fresh.codes().getFirst())).isEqualTo(9);
    }

    @Test
    void new_recovery_codes_ask_for_the_password_again_after_a_while_and_need_an_app() {
        signIn.as(email);
        clock.move(Duration.ofMinutes(6));
        try {
            assertThatThrownBy(account::newRecoveryCodes).isInstanceOf(ReauthenticationNeeded.class);
            assertThat(events("RECOVERY_CODES_RENEWED")).isZero();
        } finally {
            clock.reset();
        }
        String noApp = fixtures.user(company);
        signIn.as(noApp);
        assertThatThrownBy(account::newRecoveryCodes).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("second-factor.error.no-app"));
    }
}
