package org.extranet.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.db.tables.records.MailOutboxRecord;
import org.extranet.security.WebClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in from a browser and system not seen with the account before mails its user, once, in
 * their language; the very first sign-in does not, having nothing to compare with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewBrowserMailsTest {

    private static final String FIREFOX_128_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String FIREFOX_130_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0";
    private static final String CHROME_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final String FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    private void signInWith(String email, String userAgent) {
        var response = new WebClient(port).signIn(email, Fixtures.PASSWORD, "User-Agent", userAgent);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private List<MailOutboxRecord> mails(String email) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("NEW_BROWSER")))
                .orderBy(MAIL_OUTBOX.ID).fetch();
    }

    @Test
    void a_new_browser_is_mailed_once_in_the_users_language_and_the_first_sign_in_is_not() {
        String email = fixtures.user(fixtures.company());
        db.update(APP_USER).set(APP_USER.LANGUAGE, "pl").where(APP_USER.EMAIL.eq(email)).execute();

        signInWith(email, FIREFOX_128_ON_WINDOWS);
        assertThat(mails(email)).as("the very first sign-in").isEmpty();
        signInWith(email, FIREFOX_130_ON_WINDOWS);
        assertThat(mails(email)).as("the same browser, updated").isEmpty();

        signInWith(email, CHROME_ON_LINUX);

        assertThat(mails(email)).singleElement().satisfies(mail -> {
            assertThat(mail.getLanguage()).isEqualTo("pl");
            assertThat(mail.getSubject()).isEqualTo("Nowe logowanie do Twojego konta w Extranecie");
            assertThat(mail.getTextBody()).contains("Przeglądarka: Chrome", "System: Linux", "Adres IP: 127.0.0.1",
                    "(czas polski)", "natychmiast zmień hasło", "administratorem swojej firmy");
        });

        signInWith(email, CHROME_ON_LINUX);
        assertThat(mails(email)).as("Chrome on Linux is known now").hasSize(1);

        signInWith(email, FIREFOX_ON_LINUX);
        assertThat(mails(email)).as("a known browser on another system").hasSize(2);
    }
}
