package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUTHENTICATOR_APP;

import java.time.Duration;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.TestClock;
import org.extranet.base.FieldRefusal;
import org.extranet.secondfactor.AuthenticatorEnrolment;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Adding a factor asks again who it is once the last factor given is older than five minutes. */
@SpringBootTest
class RecentSignInTest {

    @Autowired RecentSignIn recentSignIn;
    @Autowired AuthenticatorEnrolment enrolment;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired DSLContext db;

    long userId;

    @BeforeEach
    void aUserSignedInJustNow() {
        String email = fixtures.user(fixtures.company());
        userId = fixtures.userId(email);
        signIn.as(email);
    }

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void just_after_signing_in_a_factor_may_be_added() {
        clock.move(Duration.ofMinutes(4));

        assertThat(enrolment.startEnrolment().key()).isNotBlank();
    }

    @Test
    void a_while_after_signing_in_adding_a_factor_is_refused_until_the_password_is_confirmed() {
        clock.move(Duration.ofMinutes(6));

        assertThatThrownBy(enrolment::startEnrolment).isInstanceOf(ReauthenticationNeeded.class);
        assertThat(db.fetchExists(AUTHENTICATOR_APP, AUTHENTICATOR_APP.USER_ID.eq(userId))).isFalse();

        recentSignIn.confirmWithPassword(Fixtures.PASSWORD);

        assertThat(enrolment.startEnrolment().key()).isNotBlank();
        assertThat(db.fetchExists(AUTHENTICATOR_APP, AUTHENTICATOR_APP.USER_ID.eq(userId))).isTrue();
    }

    @Test
    void a_wrong_password_is_told_at_the_field_and_confirms_nothing() {
        clock.move(Duration.ofMinutes(6));

        assertThatThrownBy(() -> recentSignIn.confirmWithPassword("not the password at all"))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(ReauthenticationField.PASSWORD);
                    assertThat(refused.messageKey()).isEqualTo("reauthenticate.wrong");
                });
        assertThatThrownBy(recentSignIn::require).isInstanceOf(ReauthenticationNeeded.class);
    }
}
