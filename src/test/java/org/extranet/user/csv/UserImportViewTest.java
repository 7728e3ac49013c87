package org.extranet.user.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.ViewTest;
import org.extranet.user.AdminPanelView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The import page without a browser: upload, preview, run, report, and the files it refuses. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class UserImportViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;

    @BeforeEach
    void anAdministrator() {
        company = fixtures.company(List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_PRICES"));
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_admin_panel_offers_the_export_and_the_import_of_its_company() {
        navigate(AdminPanelView.class);

        assertThat(find(Anchor.class).withId("user-csv-export").single().getElement().getTextRecursively()).isEqualTo("Export users (CSV)");
        var importLink = find(RouterLink.class).withId("user-csv-import").single();
        assertThat(importLink.getElement().getTextRecursively()).isEqualTo("Import users (CSV)");
        assertThat(importLink.getHref()).isEqualTo("admin/import?company=" + company);
    }

    @Test
    void a_file_with_two_bad_rows_shows_exactly_those_in_the_preview_and_the_report_after_the_run() throws Exception {
        String prefix = Fixtures.unique("imp");
        var rows = new StringBuilder("email;first_name;last_name;language;permissions\n");
        IntStream.rangeClosed(1, 6).forEach(i -> rows.append(prefix).append(i).append("@example.com;Jan;Nowak").append(i)
                .append(";pl;PLACE_ORDERS\n"));
        rows.append("broken-address;Ewa;Lis;pl;\n").append(prefix).append("9@example.com;Ewa;Lis;pl;VIEW_INVOICES\n");
        openImport();

        Uploads.upload(rows.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(find(H2.class).single().getText()).isEqualTo("Preview");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly("New users: 6",
                "Users already in the company, with changes: 0", "Users already in the company, unchanged: 0",
                "Rows with problems, which will not be imported: 2");
        Grid<RowCheck> problems = grid();
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(List.of(test(problems).getCellText(0, 0), test(problems).getCellText(0, 1), test(problems).getCellText(0, 2)))
                .containsExactly("8", "broken-address", "Email: Enter a valid e-mail address, such as name@company.com.");
        assertThat(test(problems).getCellText(1, 2))
                .isEqualTo("External permissions: “VIEW_INVOICES” is not a permission your company may hand out.");
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.startsWith(prefix))).as("nothing written yet").isZero();

        test(find(Checkbox.class).withCaption("Send new users an invitation e-mail").single()).click();
        test(find(Button.class).withText("Import").single()).click();
        finishRun();

        assertThat(find(H2.class).single().getText()).isEqualTo("Report");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly("Created: 6", "Updated: 0",
                "Unchanged: 0", "Skipped (already in the company): 0", "Refused: 2");
        Grid<RowResult> report = grid();
        assertThat(test(report).size()).isEqualTo(2);
        assertThat(test(report).getCellText(0, 2)).isEqualTo("Refused");
        assertThat(find(Anchor.class).withId("user-import-report-download").single().getElement().getTextRecursively()).isEqualTo("Download the report (CSV)");
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.startsWith(prefix).and(APP_USER.COMPANY_ID.eq(company)))).isEqualTo(6);
        assertThat(UI.getCurrent().getPollInterval()).as("polling ends with the run").isEqualTo(-1);
    }

    @Test
    void a_file_that_is_not_utf_8_is_refused_at_the_upload_and_nothing_is_shown_or_written() throws Exception {
        openImport();

        Uploads.upload("email,first_name,last_name\nz@example.com,Łucja,Żak\n".getBytes(java.nio.charset.Charset.forName("windows-1250")));

        assertThat(error()).startsWith("The file is not UTF-8 text.");
        assertThat(find(H2.class).single().getText()).isEqualTo("Choose a CSV file");
    }

    @Test
    void a_200_mb_upload_is_refused_after_reading_just_past_the_limit() throws Exception {
        openImport();
        var body = new InputStream() {
            long read;

            @Override
            public int read() {
                return read++ < 200L * 1024 * 1024 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                int n = length;
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) '\n');
                read += n;
                return n;
            }
        };

        var event = Uploads.handle(Uploads.event(body));

        assertThat(body.read).isLessThanOrEqualTo(UserCsvReader.MAX_BYTES + 64L * 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(error()).isEqualTo("The file is larger than 4 MB. Split it into smaller files and import them one after another.");
    }

    @Test
    void staff_import_on_behalf_of_the_company_the_address_names() {
        signIn.as(fixtures.staff());
        UI.getCurrent().navigate(UserImportView.class, QueryParameters.of("company", String.valueOf(company)));

        assertThat(find(Paragraph.class).withText("You are acting on behalf of " + fixtures.companyName(company)).exists()).isTrue();
    }

    @Test
    void the_page_speaks_polish() {
        UI.getCurrent().setLocale(Locale.of("pl"));
        openImport();

        assertThat(find(H2.class).single().getText()).isEqualTo("Wybierz plik CSV");
        assertThat(find(RouterLink.class).withText("Wróć do panelu administracyjnego").exists()).isTrue();
    }

    private void openImport() {
        navigate(UserImportView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid() {
        return find(Grid.class).withClassName("import-problems").single();
    }

    private String error() {
        return find(Paragraph.class).withId("user-import-error").single().getText();
    }

    /** Waits for the background run, then lets the page take the run's updates, as its polling would. */
    private void finishRun() throws Exception {
        var view = (UserImportView) getCurrentView();
        var run = view.running();
        assertThat(run).isNotNull();
        run.done().get(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
    }
}
