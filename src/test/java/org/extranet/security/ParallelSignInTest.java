package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.SIGN_IN_THROTTLE;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.extranet.Fixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Attacks on the sign-in with many requests at once: parallel guesses for one account, and a burst of hashes. */
@SpringBootTest(properties = {
        "extranet.sign-in.failures-per-account=5",
        "extranet.password-checks.concurrent=2",
        // Long enough that no attempt here is refused for want of a turn, even on a busy machine.
        "extranet.password-checks.longest-wait=60s"})
@Import(CountedPasswordChecks.class)
class ParallelSignInTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private CountedPasswordChecks.Encoder encoder() {
        return (CountedPasswordChecks.Encoder) passwordEncoder;
    }

    private Authentication signIn(String email, String password, String clientAddress) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(clientAddress);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(attempt);
    }

    private static String clientAddress() {
        return Fixtures.unique("client");
    }

    /** Runs the attempts all at once; each result is what came back: an authentication or the exception. */
    private List<Object> atOnce(int count, IntFunction<Callable<Object>> attempt) throws Exception {
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Object>>();
        for (int i = 0; i < count; i++) {
            Callable<Object> task = attempt.apply(i);
            results.add(threads.submit(() -> {
                start.await();
                try {
                    return task.call();
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        var outcomes = new ArrayList<Object>();
        for (var result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    @Test
    void thirty_parallel_wrong_passwords_check_no_more_than_the_limit_and_block_the_account() throws Exception {
        String email = fixtures.user(fixtures.company());
        String wrong = Fixtures.unique("wrong password");

        List<Object> outcomes = atOnce(30, i -> () -> signIn(email, wrong, clientAddress()));

        int checked = encoder().checksOf(wrong);
        assertThat(checked).as("passwords compared").isBetween(1, 5);
        assertThat(outcomes).filteredOn(BadCredentialsException.class::isInstance).hasSize(checked);
        assertThat(outcomes).filteredOn(SignInBlockedException.class::isInstance).hasSize(30 - checked);
        assertThat(db.select(SIGN_IN_THROTTLE.BLOCKED_UNTIL).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(SignInThrottle.accountKey(email)))
                .fetchSingle(SIGN_IN_THROTTLE.BLOCKED_UNTIL)).as("blocked").isNotNull();

        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD, clientAddress()))
                .isInstanceOf(SignInBlockedException.class);
        assertThat(encoder().checksOf(wrong)).isEqualTo(checked);
    }

    @Test
    void a_burst_of_sign_ins_never_runs_more_password_checks_at_once_than_permitted() throws Exception {
        long company = fixtures.company();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            emails.add(fixtures.user(company));
        }
        encoder().resetMostAtOnce();

        List<Object> outcomes = atOnce(emails.size(), i -> () -> signIn(emails.get(i), Fixtures.PASSWORD, clientAddress()));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Authentication.class));
        assertThat(encoder().mostAtOnce()).as("password checks at the same time").isBetween(1, 2);
    }
}
