package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.time.Duration;
import java.util.Map;
import org.extranet.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * A session ends after its absolute lifetime however busy it is, and after the idle timeout when
 * only Vaadin's heartbeat (an open tab) kept it going. Limits here are {@link WebTest}'s: 3 h and
 * 20 min, not the defaults, so the test also shows they are configurable.
 */
class SessionLifetimeTest extends WebTest {

    @Autowired ServletRegistrationBean<SpringServlet> vaadinServlet;

    private WebClient signedIn() {
        var browser = browser();
        browser.signIn(fixtures.user(fixtures.company()), Fixtures.PASSWORD);
        assertThat(browser.isSignedIn()).isTrue();
        return browser;
    }

    /** What an open tab sends every few minutes, whatever its user does. */
    private static void heartbeat(WebClient browser) {
        browser.post("/?v-r=heartbeat&v-uiId=0", Map.of());
    }

    @Test
    void a_busy_session_ends_at_its_absolute_lifetime_and_the_user_signs_in_again() {
        var browser = signedIn();
        for (int quarter = 0; quarter < 11; quarter++) {
            clock.move(Duration.ofMinutes(15));
            assertThat(browser.isSignedIn()).as("used every 15 minutes").isTrue();
        }
        clock.move(Duration.ofMinutes(14));
        assertThat(browser.isSignedIn()).as("2 h 59 min after signing in").isTrue();

        clock.move(Duration.ofMinutes(1));

        assertThat(browser.isSignedIn()).as("3 h after signing in").isFalse();
        browser.signIn(fixtures.user(fixtures.company()), Fixtures.PASSWORD);
        assertThat(browser.isSignedIn()).as("signed in again").isTrue();
    }

    @Test
    void a_session_kept_alive_only_by_the_heartbeat_ends_after_the_idle_timeout() {
        var browser = signedIn();
        for (int i = 0; i < 3; i++) {
            clock.move(Duration.ofMinutes(6));
            heartbeat(browser);
        }
        clock.move(Duration.ofMinutes(2));

        assertThat(browser.isSignedIn()).as("20 min of heartbeats only").isFalse();
    }

    @Test
    void a_session_in_use_is_not_idle() {
        var browser = signedIn();
        for (int i = 0; i < 3; i++) {
            clock.move(Duration.ofMinutes(15));
            assertThat(browser.isSignedIn()).as("used every 15 minutes").isTrue();
        }
    }

    @Test
    void vaadin_closes_ui_s_that_only_send_heartbeats() {
        browser().get("/login");

        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
