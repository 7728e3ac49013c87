package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_SESSION;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.base.UserStatus;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator selects three users from the keyboard and locks them at once: the result lists
 * all three as locked, the list shows them locked, and the session one of them has open elsewhere
 * ends at its next click.
 */
class BulkActionsIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void three_selected_users_are_locked_at_once_and_their_open_session_ends() throws Exception {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        List<String> users = List.of(fixtures.user(company, "PLACE_ORDERS"), fixtures.user(company, "VIEW_PRICES"),
                fixtures.user(company));
        fixtures.user(company);

        // One of them is signed in in another browser.
        WebDriver other = anotherBrowser();
        open(other, "/login");
        new LoginPage(other).signIn(users.getFirst(), Fixtures.PASSWORD);
        assertThat(new TopBar(other).isShown()).isTrue();
        long otherSession = db.select(USER_SESSION.ID).from(USER_SESSION)
                .where(USER_SESSION.USER_ID.eq(fixtures.userId(users.getFirst()))).fetchSingle(USER_SESSION.ID);

        open("/login");
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        open("/admin");
        var panel = new AdminPanelPage(driver);
        var bulk = new BulkActionsPage(driver);
        users.forEach(panel::waitForRow);
        assertThat(bulk.selection()).isEqualTo("No users selected");

        users.forEach(bulk::selectWithKeyboard);

        assertThat(bulk.selection()).isEqualTo("3 users selected");
        screenshot("bulk-selection-en");
        Accessibility.assertNoViolations(driver, "the admin panel with users selected");

        bulk.press("Lock");
        bulk.waitForResult();

        assertThat(bulk.resultSummary()).isEqualTo("3 locked, 0 refused");
        assertThat(bulk.resultRows()).hasSize(3).allSatisfy(row -> assertThat(row).contains("Done"));
        assertThat(bulk.resultRows()).extracting(row -> row.get(1)).containsExactlyInAnyOrderElementsOf(users);
        screenshot("bulk-result-en");
        Accessibility.assertNoViolations(driver, "the result of a bulk action");
        bulk.closeResult();
        users.forEach(email -> panel.waitForStatus(email, "Locked"));
        assertThat(users).allSatisfy(email ->
                assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(email))).isEqualTo(UserStatus.LOCKED));
        assertThat(bulk.selection()).isEqualTo("No users selected");

        // The locked user's other session ends at its next click.
        other.findElement(By.linkText("Account information")).click();
        waiting(other).until(browser -> new LoginPage(browser).isShown());
        assertThat(other.getCurrentUrl()).endsWith("/login");
        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(otherSession))).isNotNull();

        // In Polish, the three are unlocked again.
        new TopBar(driver).switchLanguage();
        users.forEach(email -> panel.waitForStatus(email, "Zablokowany"));
        users.forEach(bulk::selectWithKeyboard);
        assertThat(bulk.selection()).isEqualTo("Zaznaczono 3 użytkowników");
        screenshot("bulk-selection-pl");
        bulk.press("Odblokuj");
        bulk.waitForResult();
        assertThat(bulk.resultSummary()).isEqualTo("Odblokowano: 3, odmówiono: 0");
        screenshot("bulk-result-pl");
        bulk.closeResult();
        users.forEach(email -> panel.waitForStatus(email, "Aktywny"));
    }
}
