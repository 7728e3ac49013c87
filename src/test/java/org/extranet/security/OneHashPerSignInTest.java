package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.extranet.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A sign-in over HTTP, through the sign-in form, costs exactly one Argon2id computation: the
 * password typed compared once with the stored hash, and no new hash made, whether it succeeds,
 * the password is wrong or no account has that e-mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(CountedPasswordChecks.class)
class OneHashPerSignInTest {

    @LocalServerPort int port;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Fixtures fixtures;

    private CountedPasswordChecks.Encoder encoder() {
        return (CountedPasswordChecks.Encoder) passwordEncoder;
    }

    private int argon2Runs() {
        return encoder().checks() + encoder().hashes();
    }

    @BeforeEach
    void firstSignInDone() {
        // Whatever is prepared once, on the first sign-in of the application, is not a sign-in's cost.
        new WebClient(port).signIn(fixtures.user(fixtures.company()), Fixtures.PASSWORD);
    }

    @Test
    void a_successful_sign_in_compares_the_password_once_and_hashes_nothing() {
        String email = fixtures.user(fixtures.company());
        var browser = new WebClient(port);
        int before = argon2Runs();
        int checksBefore = encoder().checks();

        var response = browser.signIn(email, Fixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
        assertThat(encoder().checks() - checksBefore).as("passwords compared").isEqualTo(1);
        assertThat(argon2Runs() - before).as("Argon2id computations").isEqualTo(1);
        assertThat(browser.isSignedIn()).isTrue();
        assertThat(argon2Runs() - before).as("Argon2id computations, the start page included").isEqualTo(1);
    }

    @Test
    void an_unknown_email_costs_one_comparison_too() {
        String typed = Fixtures.unique("a password typed for nobody");
        int before = argon2Runs();

        var response = new WebClient(port).signIn(Fixtures.unique("nobody") + "@example.com", typed);

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("login?error"));
        assertThat(encoder().checksOf(typed)).as("the password typed, compared").isEqualTo(1);
        assertThat(argon2Runs() - before).as("Argon2id computations").isEqualTo(1);
    }

    @Test
    void a_wrong_password_costs_one_comparison() {
        String email = fixtures.user(fixtures.company());
        String typed = Fixtures.unique("not the password");
        int before = argon2Runs();

        var response = new WebClient(port).signIn(email, typed);

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("login?error"));
        assertThat(encoder().checksOf(typed)).as("the password typed, compared").isEqualTo(1);
        assertThat(argon2Runs() - before).as("Argon2id computations").isEqualTo(1);
    }
}
