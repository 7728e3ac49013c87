package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Addresses typed into the browser: a quote number that is no number, or names no quote, gets the
 * product's not-found page; whatever the server answers outside the product's pages names nothing
 * of its insides.
 */
class ErrorPagesIT extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void a_typed_quote_address_with_a_bad_number_shows_the_not_found_page_which_passes_axe() {
        String email = fixtures.user(fixtures.company(), "PREPARE_QUOTES");
        open("/login");
        new LoginPage(driver).signIn(email, Fixtures.PASSWORD);

        // One typed address is enough here: which addresses are not found, ErrorPagesTest shows without a browser.
        open("/quotes/abc/print");

        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getTitle()).isEqualTo("Page not found – Extranet");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .doesNotContainIgnoringCase("exception").doesNotContain("java.", "at org.");
        screenshot("not-found-en");
        Accessibility.assertNoViolations(driver, "the not-found page");
    }

    @Test
    void answers_outside_the_product_pages_name_no_exception_and_no_server() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"/error", "/a%00b", "/styles.css/..%2f..%2fetc%2fpasswd", "/no-such-page"}) {
            var answer = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(path).isIn(302, 400, 404);
            assertThat(answer.body()).as(path).doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("whitelabel")
                    .doesNotContain("java.", "at org.", "trace");
        }
    }
}
