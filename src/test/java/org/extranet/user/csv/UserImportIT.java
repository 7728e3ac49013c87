package org.extranet.user.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator imports 50 users, two of them with mistakes, in a real browser: the preview
 * names exactly those two, the import runs in the background while the page polls, and the report
 * lists the two; each screen passes axe.
 */
class UserImportIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void fifty_rows_with_two_bad_ones_preview_run_report() throws Exception {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        String prefix = Fixtures.unique("it");
        var csv = new StringBuilder("\uFEFFemail,first_name,last_name,phone,language,permissions\r\n");
        for (int i = 1; i <= 50; i++) {
            String email = i == 17 ? "no-at-sign.example.com" : prefix + "-" + i + "@example.com";
            String lastName = i == 33 ? "" : "Wiśniewska-" + i;
            csv.append(email).append(",Małgorzata,").append(lastName).append(",+48 600 100 ").append(100 + i)
                    .append(",pl,VIEW_PRICES\r\n");
        }
        Path file = Files.createDirectories(Path.of("target", "user-import")).resolve("fifty-users.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        open("/login");
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        open("/admin/import?company=" + company);
        var page = new UserImportPage(driver);
        assertThat(page.heading()).isEqualTo("Import users");
        Accessibility.assertNoViolations(driver, "the import page's upload step, in English");

        page.upload(file);

        assertThat(page.stepHeading()).isEqualTo("Preview");
        assertThat(page.counts()).containsExactly("New users: 48", "Users already in the company, with changes: 0",
                "Users already in the company, unchanged: 0", "Rows with problems, which will not be imported: 2");
        assertThat(page.problemRows()).containsExactly(
                List.of("18", "no-at-sign.example.com", "Email: Enter a valid e-mail address, such as name@company.com."),
                List.of("34", prefix + "-33@example.com", "Last name: Fill in this field."));
        assertThat(page.focusIsOnStepHeading()).as("the focus moves to the preview").isTrue();
        screenshot("user-import-preview-en");
        Accessibility.assertNoViolations(driver, "the import preview, in English");

        page.startImport();
        page.waitForReport();

        assertThat(page.counts()).containsExactly("Created: 48", "Updated: 0", "Unchanged: 0",
                "Skipped (already in the company): 0", "Refused: 2");
        assertThat(page.problemRows()).extracting(row -> row.subList(0, 3)).containsExactly(
                List.of("18", "no-at-sign.example.com", "Refused"), List.of("34", prefix + "-33@example.com", "Refused"));
        assertThat(db.fetchCount(APP_USER, APP_USER.COMPANY_ID.eq(company).and(APP_USER.EMAIL.startsWith(prefix)))).isEqualTo(48);
        screenshot("user-import-report-en");
        Accessibility.assertNoViolations(driver, "the import report, in English");

        // The same file again, in Polish: nothing would change.
        new TopBar(driver).switchLanguage();
        open("/admin/import?company=" + company);
        assertThat(page.heading()).isEqualTo("Import użytkowników");
        Accessibility.assertNoViolations(driver, "the import page's upload step, in Polish");
        page.upload(file);
        assertThat(page.stepHeading()).isEqualTo("Podgląd");
        assertThat(page.counts()).containsExactly("Nowi użytkownicy: 0", "Użytkownicy już w firmie, ze zmianami: 0",
                "Użytkownicy już w firmie, bez zmian: 48", "Wiersze z problemami, które nie zostaną zaimportowane: 2");
        screenshot("user-import-preview-pl");
        Accessibility.assertNoViolations(driver, "the import preview, in Polish");
    }
}
