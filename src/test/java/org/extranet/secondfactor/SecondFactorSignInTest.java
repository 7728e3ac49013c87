package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountService;
import org.extranet.base.FieldRefusal;
import org.extranet.security.Actors;
import org.extranet.security.SignInFactors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The second step of signing in: until a code from the app (or a recovery code) is given, the
 * services refuse the session; each code counts once, and wrong ones are throttled like passwords.
 */
@SpringBootTest
class SecondFactorSignInTest {

    @Autowired SecondFactorSignIn secondStep;
    @Autowired Authenticators authenticators;
    @Autowired AccountService accounts;
    @Autowired Actors actors;
    @Autowired AuthenticationProvider signInPage;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    String email;
    long userId;
    Authenticators.App app;

    @BeforeEach
    void aUserWithAnApp() {
        email = fixtures.user(fixtures.company());
        userId = fixtures.userId(email);
        app = authenticators.enrol(email);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Signs in with the password as the sign-in page does; the session is then the test thread's. */
    private void signInWithPassword() {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, Fixtures.PASSWORD);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(Fixtures.unique("client"));
        attempt.setDetails(new WebAuthenticationDetails(request));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signInPage.authenticate(attempt));
        SecurityContextHolder.setContext(context);
    }

    private void assertRefused(String code, String messageKey) {
        assertThatThrownBy(() -> secondStep.verifyCode(code)).isInstanceOfSatisfying(FieldRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void after_the_password_alone_services_refuse_the_session_until_the_apps_code_completes_it() {
        signInWithPassword();

        assertThat(SignInFactors.secondFactorPending()).isTrue();
        assertThatThrownBy(accounts::myAccount).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(actors::current).isInstanceOf(AccessDeniedException.class);
        assertThat(secondStep.signInStep().methods())
                .containsExactly(SecondFactorMethod.AUTHENTICATOR_APP, SecondFactorMethod.RECOVERY_CODE);

        secondStep.verifyCode(authenticators.code(app.secret(), 1));

        assertThat(SignInFactors.secondFactorPending()).isFalse();
        assertThat(accounts.myAccount().email()).isEqualTo(email);
    }

    @Test
    void a_code_is_taken_once_and_no_earlier_one_after_it() {
        signIn.passwordOnly(email);
        String code = authenticators.code(app.secret(), 1);
        secondStep.verifyCode(code);

        signIn.passwordOnly(email);
        assertRefused(code, "second-factor.error.code-used");
        assertRefused(authenticators.code(app.secret(), 0), "second-factor.error.code-used");
        assertThat(SignInFactors.secondFactorPending()).isTrue();
    }

    @Test
    void codes_count_one_step_either_side_of_now_and_no_further() {
        signIn.passwordOnly(email);
        assertRefused(authenticators.code(app.secret(), 3), "second-factor.error.code-wrong");
        assertRefused(authenticators.code(app.secret(), -3), "second-factor.error.code-wrong");
        assertRefused("12 34", "second-factor.error.code-format");

        secondStep.verifyCode(" " + authenticators.code(app.secret(), 1) + " ");

        assertThat(SignInFactors.secondFactorPending()).isFalse();
    }

    @Test
    void a_recovery_code_works_once() {
        String recoveryCode = app.recoveryCodes().getFirst();
        signIn.passwordOnly(email);

        int left = secondStep.useRecoveryCode(recoveryCode.toUpperCase());

        assertThat(left).isEqualTo(9);
        assertThat(SignInFactors.secondFactorPending()).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("RECOVERY_CODE_USED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)))).isEqualTo(1);
        signIn.passwordOnly(email);
        assertThatThrownBy(() -> secondStep.useRecoveryCode(recoveryCode)).isInstanceOfSatisfying(FieldRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("second-factor.error.recovery-code-wrong"));
        assertThat(SignInFactors.secondFactorPending()).isTrue();
    }

    @Test
    void wrong_codes_are_throttled_like_passwords_and_the_block_is_on_record() {
        signIn.passwordOnly(email);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertRefused(authenticators.code(app.secret(), 5), "second-factor.error.code-wrong");
        }

        assertRefused(authenticators.code(app.secret(), 1), "second-factor.error.blocked");
        assertThatThrownBy(() -> secondStep.useRecoveryCode(app.recoveryCodes().getFirst()))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("second-factor.error.blocked"));
        assertThat(db.fetchValues(AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)
                .and(AUDIT_EVENT.ACTION.in("SIGN_IN_FAILED", "SIGN_IN_BLOCKED"))))
                .containsOnly("SIGN_IN_FAILED", "SIGN_IN_BLOCKED").filteredOn("SIGN_IN_FAILED"::equals).hasSize(5);
        assertThat(SignInFactors.secondFactorPending()).isTrue();
        // The password itself stays usable: the codes have a count of their own.
        signInWithPassword();
        assertThat(SignInFactors.secondFactorPending()).isTrue();
    }

    @Test
    void a_user_without_a_second_factor_who_needs_none_is_not_asked() {
        String other = fixtures.user(fixtures.company());
        signIn.passwordOnly(other);

        assertThat(SignInFactors.secondFactorPending()).isFalse();
        assertThat(accounts.myAccount().email()).isEqualTo(other);
        assertThat(secondStep.signInStep().methods()).isEqualTo(List.of());
    }

    @Test
    void the_sign_in_is_on_record_once_the_second_factor_is_given_with_the_factor() {
        signInWithPassword();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGNED_IN")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)))).isZero();

        secondStep.verifyCode(authenticators.code(app.secret(), 1));

        var signedIn = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SIGNED_IN")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId))).fetchSingle();
        assertThat(signedIn.getActorId()).isEqualTo(userId);
        assertThat(signedIn.getClientAddress()).startsWith("client");
        assertThat(signedIn.getAfterState().data()).contains("authenticator app");
    }

    @Test
    void a_user_with_a_passkey_is_offered_it_first_and_a_passkey_alone_makes_the_password_ask_for_it() {
        fixtures.passkey(email, "Laptop");
        signIn.passwordOnly(email);
        assertThat(secondStep.signInStep().methods()).containsExactly(SecondFactorMethod.PASSKEY,
                SecondFactorMethod.AUTHENTICATOR_APP, SecondFactorMethod.RECOVERY_CODE);

        String onlyPasskey = fixtures.user(fixtures.company());
        fixtures.passkey(onlyPasskey, "Phone");
        signIn.passwordOnly(onlyPasskey);

        assertThat(SignInFactors.secondFactorPending()).isTrue();
        assertThatThrownBy(accounts::myAccount).isInstanceOf(AccessDeniedException.class);
        assertThat(secondStep.signInStep().methods()).containsExactly(SecondFactorMethod.PASSKEY);
        assertThat(secondStep.signInStep().mustEnrol()).isFalse();
    }
}
