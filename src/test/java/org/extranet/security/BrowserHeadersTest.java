package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;

/** What the browser is told on pages, static files and redirects. */
class BrowserHeadersTest extends WebTest {

    private static void assertProtective(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'")
                .doesNotContain("*"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void a_page_tells_the_browser_how_to_protect_it() {
        var page = browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtective(page.headers());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void a_static_file_is_not_sniffed_either() {
        var stylesheet = browser().get("/styles.css");

        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/css"));
        assertProtective(stylesheet.headers());
    }

    @Test
    void a_redirect_keeps_the_session_id_out_of_the_address() {
        var redirect = browser().get("/admin");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        assertProtective(redirect.headers());
    }

    @Test
    void behind_a_tls_proxy_the_browser_is_told_to_stay_on_https_and_the_cookie_is_secure() {
        var page = browser().get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }
}
