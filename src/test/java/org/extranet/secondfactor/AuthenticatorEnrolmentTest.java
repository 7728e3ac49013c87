package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.AUTHENTICATOR_APP;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.RECOVERY_CODE;

import java.nio.charset.StandardCharsets;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Setting up an authenticator app: confirmed by the app's first code only, its secret kept encrypted. */
@SpringBootTest
class AuthenticatorEnrolmentTest {

    @Autowired AuthenticatorEnrolment enrolment;
    @Autowired SecondFactorAccount account;
    @Autowired Authenticators authenticators;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    String email;
    long userId;

    @BeforeEach
    void aUser() {
        email = fixtures.user(fixtures.company());
        userId = fixtures.userId(email);
        signIn.as(email);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_app_counts_only_once_a_code_from_it_confirms_it() {
        String secret = Authenticators.secretOf(enrolment.startEnrolment().key());

        assertThatThrownBy(() -> enrolment.confirmEnrolment(authenticators.code(secret, 3)))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(SecondFactorField.CODE);
                    assertThat(refusal.messageKey()).isEqualTo("second-factor.error.code-wrong");
                });
        assertThatThrownBy(() -> enrolment.confirmEnrolment("12345"))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("second-factor.error.code-format"));
        assertThat(account.mySecondFactor().hasAuthenticator()).isFalse();

        var recoveryCodes = enrolment.confirmEnrolment(authenticators.code(secret, 0));

        assertThat(account.mySecondFactor().hasAuthenticator()).isTrue();
        assertThat(recoveryCodes.codes()).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        assertThat(db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(userId))).isEqualTo(10);
        assertThat(db.fetchValues(MAIL_OUTBOX.KIND, MAIL_OUTBOX.RECIPIENT.eq(email))).containsExactly("SECOND_FACTOR_ADDED");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_ADDED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)).and(AUDIT_EVENT.ACTOR_ID.eq(userId)))).isEqualTo(1);
    }

    @Test
    void neither_the_secret_nor_the_recovery_codes_are_kept_in_clear() {
        var started = enrolment.startEnrolment();
        String secret = Authenticators.secretOf(started.key());
        var recoveryCodes = enrolment.confirmEnrolment(authenticators.code(secret, 0));

        byte[] stored = db.fetchValue(AUTHENTICATOR_APP.ENCRYPTED_SECRET, AUTHENTICATOR_APP.USER_ID.eq(userId));
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(storedText).doesNotContain(secret).doesNotContain(secret.substring(0, 8));
        assertThat(started.key()).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
        assertThat(started.qrCode()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        var hashes = db.fetchValues(RECOVERY_CODE.CODE_HASH, RECOVERY_CODE.USER_ID.eq(userId));
        assertThat(hashes).allSatisfy(hash -> assertThat(new String(hash, StandardCharsets.ISO_8859_1))
                .doesNotContain(recoveryCodes.codes().getFirst().substring(0, 4)));
    }

    @Test
    void a_second_app_needs_the_first_removed() {
        enrolment.confirmEnrolment(authenticators.code(Authenticators.secretOf(enrolment.startEnrolment().key()), 0));

        assertThatThrownBy(() -> enrolment.startEnrolment()).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.messageKey()).isEqualTo("second-factor.error.already-set-up"));
    }

    @Test
    void starting_again_replaces_a_secret_not_confirmed() {
        String first = Authenticators.secretOf(enrolment.startEnrolment().key());
        String second = Authenticators.secretOf(enrolment.startEnrolment().key());

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> enrolment.confirmEnrolment(authenticators.code(first, 0))).isInstanceOf(FieldRefusal.class);
        enrolment.confirmEnrolment(authenticators.code(second, 0));
        assertThat(account.mySecondFactor().hasAuthenticator()).isTrue();
    }
}
