package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import java.util.List;
import java.util.Map;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.UserStatus;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.extranet.user.AdminPanelPage;
import org.extranet.user.SignInSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session whose user was locked, or changed their password elsewhere, must end whatever path its
 * requests take. The attack: Vaadin answers its UIDL requests on any path, so the page's own
 * requests are sent to a path ending in ".css" (with the session's CSRF token, which the page
 * holds), which the session check used to skip.
 */
class SessionCheckIT extends BrowserTest {

    /**
     * From now on every UIDL request of the page goes to {@code /x.css}, carrying the page's CSRF
     * token as an attacker would; each answer is kept in sessionStorage, which outlives a reload.
     */
    private static final String UIDL_TO_A_STYLESHEET_PATH = """
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url, ...rest) {
              const address = new URL(url, document.baseURI);
              if (address.searchParams.get('v-r') !== 'uidl') {
                return open.call(this, method, url, ...rest);
              }
              address.pathname = '/x.css';
              this.addEventListener('loadend', () => {
                const answers = JSON.parse(sessionStorage.getItem('answers') || '[]');
                answers.push({status: this.status, url: this.responseURL, text: this.responseText});
                sessionStorage.setItem('answers', JSON.stringify(answers));
              });
              const result = open.call(this, method, address.toString(), ...rest);
              this.setRequestHeader(document.querySelector('meta[name=_csrf_header]').content,
                  document.querySelector('meta[name=_csrf]').content);
              return result;
            };
            sessionStorage.removeItem('answers');
            """;

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired SignInSupport signInSupport;
    @Autowired DSLContext db;

    private String fullName(String email) {
        return db.select(APP_USER.FIRST_NAME, APP_USER.LAST_NAME).from(APP_USER).where(APP_USER.EMAIL.eq(email))
                .fetchSingle(row -> row.value1() + " " + row.value2());
    }

    private UserStatus status(String email) {
        return db.select(APP_USER.STATUS).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.STATUS);
    }

    private void signInInTheBrowser(String email) {
        open("/login");
        new LoginPage(driver).signIn(email, Fixtures.PASSWORD);
        assertThat(new TopBar(driver).isShown()).isTrue();
        ((JavascriptExecutor) driver).executeScript(UIDL_TO_A_STYLESHEET_PATH);
    }

    /** Waits until the page's first rewritten UIDL request has its answer, and returns every answer. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> answers() {
        String read = "return JSON.parse(sessionStorage.getItem('answers') || '[]');";
        waiting(driver).until(browser -> !((List<?>) ((JavascriptExecutor) browser).executeScript(read)).isEmpty());
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(read);
    }

    private void lockAs(String administrator, String user) {
        signIn.as(administrator);
        try {
            signInSupport.lockUser(fixtures.userId(user));
        } finally {
            signIn.out();
        }
    }

    @Test
    void once_locked_a_session_is_not_served_on_a_stylesheet_path() {
        long company = fixtures.company();
        String user = fixtures.user(company, "VIEW_PRICES");
        String administrator = fixtures.user(company, "MANAGE_USERS");
        signInInTheBrowser(user);

        lockAs(administrator, user);
        driver.findElement(By.cssSelector("header.top-bar nav a[href='account']")).click();

        assertThat(answers().stream().filter(answer -> ((String) answer.get("text")).contains(user)).count())
                .as("answers to the locked user's session that show their account").isZero();
        open("/account");
        assertThat(new LoginPage(driver).isShown()).isTrue();
    }

    @Test
    void after_a_lock_and_an_unlock_the_old_session_cannot_administer_users() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS");
        String otherAdministrator = fixtures.user(company, "MANAGE_USERS");
        String colleague = fixtures.user(company);
        signInInTheBrowser(administrator);
        open("/admin");
        var panel = new AdminPanelPage(driver);
        panel.waitForRow(colleague);
        ((JavascriptExecutor) driver).executeScript(UIDL_TO_A_STYLESHEET_PATH);

        // Locked and unlocked again by a colleague: the session from before must not come back.
        lockAs(otherAdministrator, administrator);
        signIn.as(otherAdministrator);
        try {
            signInSupport.unlockUser(fixtures.userId(administrator));
        } finally {
            signIn.out();
        }
        panel.rowButton("Lock " + fullName(colleague)).click();

        assertThat(answers()).isNotEmpty();
        assertThat(status(colleague)).isEqualTo(UserStatus.ACTIVE);
        open("/admin");
        assertThat(new LoginPage(driver).isShown()).isTrue();
    }
}
