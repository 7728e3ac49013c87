package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.SIGN_IN_THROTTLE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.PasswordChange;
import org.extranet.password.PasswordRefused;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SpringBootTest(properties = {
        "extranet.sign-in.failures-per-account=3",
        "extranet.sign-in.failures-per-address=5",
        "extranet.password-checks.concurrent=1",
        "extranet.password-checks.longest-wait=300ms"})
class SignInThrottleTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired PasswordChecks checks;
    @Autowired PasswordChange passwords;
    @Autowired SignIn session;

    @AfterEach
    void signOut() {
        session.out();
    }

    private Authentication signIn(String email, String password, String clientAddress) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(clientAddress);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(attempt);
    }

    private static String address() {
        return "192.0.2." + (int) (Math.random() * 250 + 1) + "-" + Fixtures.unique("client");
    }

    @Test
    void repeated_wrong_passwords_block_the_account_even_for_the_right_password() {
        String email = fixtures.user(fixtures.company());
        for (int i = 0; i < 3; i++) {
            String client = address();
            assertThatThrownBy(() -> signIn(email, "wrong password " + client, client))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD, address())).isInstanceOf(SignInBlockedException.class);
    }

    @Test
    void an_address_nobody_has_is_blocked_exactly_like_a_real_one() {
        String nobody = Fixtures.unique("nobody") + "@example.com";
        for (int i = 0; i < 3; i++) {
            String client = address();
            assertThatThrownBy(() -> signIn(nobody, "guess", client)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(nobody, "guess", address())).isInstanceOf(SignInBlockedException.class);
    }

    @Test
    void many_failures_from_one_client_block_that_client_for_every_account() {
        String client = address();
        for (int i = 0; i < 5; i++) {
            String anyone = Fixtures.unique("spray") + "@example.com";
            assertThatThrownBy(() -> signIn(anyone, "guess", client)).isInstanceOf(BadCredentialsException.class);
        }
        String innocent = fixtures.user(fixtures.company());

        assertThatThrownBy(() -> signIn(innocent, Fixtures.PASSWORD, client)).isInstanceOf(SignInBlockedException.class);
        assertThat(signIn(innocent, Fixtures.PASSWORD, address()).isAuthenticated()).isTrue();
    }

    @Test
    void a_block_ends_by_itself_and_a_success_clears_the_count() {
        String email = fixtures.user(fixtures.company());
        for (int i = 0; i < 3; i++) {
            String client = address();
            assertThatThrownBy(() -> signIn(email, "wrong", client)).isInstanceOf(BadCredentialsException.class);
        }
        db.update(SIGN_IN_THROTTLE).set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, OffsetDateTime.now(clock).minusSeconds(1))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(SignInThrottle.accountKey(email))).execute();

        assertThat(signIn(email, Fixtures.PASSWORD, address()).isAuthenticated()).isTrue();
        assertThat(db.fetchExists(SIGN_IN_THROTTLE, SIGN_IN_THROTTLE.THROTTLE_KEY.eq(SignInThrottle.accountKey(email))))
                .isFalse();
    }

    @Test
    void failures_older_than_the_window_start_a_new_count() {
        String email = fixtures.user(fixtures.company());
        for (int i = 0; i < 2; i++) {
            String client = address();
            assertThatThrownBy(() -> signIn(email, "wrong", client)).isInstanceOf(BadCredentialsException.class);
        }
        db.update(SIGN_IN_THROTTLE).set(SIGN_IN_THROTTLE.WINDOW_START, OffsetDateTime.now(clock).minusHours(1))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(SignInThrottle.accountKey(email))).execute();
        String client = address();
        assertThatThrownBy(() -> signIn(email, "wrong", client)).isInstanceOf(BadCredentialsException.class);

        assertThat(signIn(email, Fixtures.PASSWORD, address()).isAuthenticated()).isTrue();
    }

    @Test
    void a_block_holds_until_its_end_even_when_the_counting_window_has_passed() {
        String email = fixtures.user(fixtures.company());
        for (int i = 0; i < 3; i++) {
            String client = address();
            assertThatThrownBy(() -> signIn(email, "wrong", client)).isInstanceOf(BadCredentialsException.class);
        }
        db.update(SIGN_IN_THROTTLE).set(SIGN_IN_THROTTLE.WINDOW_START, OffsetDateTime.now(clock).minusHours(1))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(SignInThrottle.accountKey(email))).execute();

        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD, address())).isInstanceOf(SignInBlockedException.class);
    }

    @Test
    void successful_sign_ins_from_one_client_never_add_up_to_a_block() {
        String client = address();
        long company = fixtures.company();
        for (int i = 0; i < 7; i++) {
            assertThat(signIn(fixtures.user(company), Fixtures.PASSWORD, client).isAuthenticated()).isTrue();
        }
        String someone = Fixtures.unique("spray") + "@example.com";
        assertThatThrownBy(() -> signIn(someone, "guess", client)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_sign_in_that_gets_no_turn_in_time_is_refused_unchecked_and_its_attempt_given_back() throws Exception {
        String email = fixtures.user(fixtures.company());
        String client = address();
        var taken = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(() -> checks.run(() -> {
                taken.countDown();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(taken.await(30, TimeUnit.SECONDS)).as("the only turn taken").isTrue();

            assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD, client))
                    .isInstanceOfSatisfying(SignInBusyException.class,
                            busy -> assertThat(SignInError.of(busy)).isEqualTo(SignInError.BUSY));
            session.as(email);
            assertThatThrownBy(() -> passwords.changePassword("a guess at the password", "tractors in the spring rain",
                    "tractors in the spring rain"))
                    .isInstanceOfSatisfying(PasswordRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("change-password.busy"));
        } finally {
            release.countDown();
            thread.shutdown();
        }

        assertThat(db.select(SIGN_IN_THROTTLE.FAILURES).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.in(SignInThrottle.accountKey(email), SignInThrottle.addressKey(client)))
                .fetch(SIGN_IN_THROTTLE.FAILURES))
                .as("both attempts given back").containsExactly(0, 0);
        assertThat(signIn(email, Fixtures.PASSWORD, client).isAuthenticated()).isTrue();
    }
}
