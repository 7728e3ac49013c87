package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_PERMISSION;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The admin panel's bulk actions as a user sees them: selection, confirmation, progress and the result. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class BulkActionsViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithAnAdministrator() {
        company = fixtures.company(List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_PRICES"));
        admin = fixtures.user(company, "MANAGE_USERS");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void selected_rows_are_counted_and_only_then_can_be_acted_on() {
        String first = fixtures.user(company);
        String second = fixtures.user(company);
        openAs(admin, Locale.ENGLISH);
        assertThat(selection()).isEqualTo("No users selected");
        assertThat(button("Lock").isEnabled()).isFalse();
        assertThat(button("Delete…").isEnabled()).isFalse();

        select(first, second);

        assertThat(selection()).isEqualTo("2 users selected");
        assertThat(find(Span.class).withClassName("bulk-selection").single().getElement().getAttribute("role"))
                .as("a screen reader hears the count").isEqualTo("status");
        assertThat(List.of("Lock", "Unlock", "Resend invitation", "Grant a permission…", "Take away a permission…",
                "Delete…")).allSatisfy(label -> assertThat(button(label).isEnabled()).as(label).isTrue());

        test(button("Clear selection")).click();
        assertThat(selection()).isEqualTo("No users selected");
    }

    @Test
    void select_all_matching_takes_every_user_the_filter_leaves_and_a_new_filter_starts_again() {
        IntStream.range(0, 3).forEach(i -> fixtures.userWithStatus(company, UserStatus.LOCKED));
        fixtures.user(company);
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AdminPanelView.class, QueryParameters.of(AdminPanelView.STATUS_PARAMETER, "locked"));
        roundTrip();

        Button selectAll = find(Button.class).withText("Select all 3 matching users").single();
        test(selectAll).click();

        assertThat(selection()).isEqualTo("3 users selected");
        assertThat(grid().getSelected()).extracting(UserRow::id).containsExactlyInAnyOrderElementsOf(
                db.select(APP_USER.ID).from(APP_USER).where(APP_USER.COMPANY_ID.eq(company)
                        .and(APP_USER.STATUS.eq(UserStatus.LOCKED))).fetch(APP_USER.ID));

        test(find(TextField.class).withCaption("Search").single()).setValue("Test");
        assertThat(selection()).isEqualTo("No users selected");
    }

    @Test
    void delete_asks_first_naming_how_many_and_the_result_lists_each_user() {
        List<String> users = List.of(fixtures.user(company), fixtures.user(company), fixtures.user(company));
        openAs(admin, Locale.ENGLISH);
        select(users.toArray(String[]::new));

        test(button("Delete…")).click();

        Dialog confirmation = find(DeleteConfirmation.class).withCondition(Dialog::isOpened).single();
        assertThat(confirmation.getHeaderTitle()).isEqualTo("Delete users?");
        assertThat(find(Paragraph.class).from(confirmation).single().getText())
                .isEqualTo("Delete the 3 selected users? This cannot be undone.");
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.in(users))).as("nothing before the answer").isEqualTo(3);

        test(find(Button.class).from(confirmation).withText("Delete").single()).click();
        waitForTheResult();

        assertThat(summary()).isEqualTo("3 deleted, 0 refused");
        assertThat(resultRows()).extracting(row -> row.get(1)).containsExactlyInAnyOrderElementsOf(users);
        assertThat(resultRows()).extracting(row -> row.get(2)).containsOnly("Done");
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.in(users))).isZero();
        assertThat(emails()).containsExactly(admin);
    }

    @Test
    void locking_runs_with_progress_and_the_result_puts_the_refused_first_with_the_reason() {
        String colleague = fixtures.user(company);
        String other = fixtures.user(company);
        openAs(admin, Locale.ENGLISH);
        select(colleague, admin, other);

        test(button("Lock")).click();

        assertThat(find(ProgressBar.class).single().isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for the progress").isPositive();
        assertThat(button("Lock").isEnabled()).as("no second run meanwhile").isFalse();
        assertThat(button("Cancel the rest").isEnabled()).isTrue();
        waitForTheResult();

        assertThat(summary()).isEqualTo("2 locked, 1 refused");
        assertThat(resultRows().getFirst()).containsExactly(fullName(admin), admin, "Refused",
                "You cannot lock your own account.");
        assertThat(resultRows()).hasSize(3);
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling").isNegative();
        assertThat(find(ProgressBar.class).exists()).as("the progress is gone").isFalse();
        assertThat(statusOf(colleague)).isEqualTo("Locked");
        assertThat(selection()).isEqualTo("No users selected");
    }

    @Test
    void granting_offers_the_companys_permissions_and_speaks_polish() {
        String colleague = fixtures.user(company);
        openAs(admin, Locale.of("pl"));
        select(colleague, admin);

        test(button("Nadaj uprawnienie…")).click();

        var dialog = find(BulkPermissionDialog.class).withCondition(Dialog::isOpened).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Nadaj uprawnienie");
        var choice = dialog.choice();
        assertThat(choice.getListDataView().getItems().map(code -> choice.getItemLabelGenerator().apply(code)))
                .containsExactly("Zarządzanie użytkownikami", "Składanie zamówień", "Przeglądanie cen");
        Button grant = find(Button.class).from(dialog).withText("Nadaj 2 użytkownikom").single();
        test(grant).click();
        assertThat(choice.getErrorMessage()).isEqualTo("Wybierz uprawnienie.");

        choice.setValue("VIEW_PRICES");
        test(grant).click();
        waitForTheResult();

        assertThat(summary()).isEqualTo("Nadano uprawnienie: 2, odmówiono: 0");
        assertThat(find(Paragraph.class).from(resultDialog()).all()).extracting(Paragraph::getText)
                .contains("Uprawnienie: Przeglądanie cen");
        assertThat(db.fetchCount(USER_PERMISSION, USER_PERMISSION.PERMISSION_CODE.eq("VIEW_PRICES")
                .and(USER_PERMISSION.COMPANY_ID.eq(company)))).isEqualTo(2);
    }

    @Test
    void staff_act_on_the_company_they_chose() {
        String colleague = fixtures.userWithStatus(company, UserStatus.INVITED);
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AdminPanelView.class, QueryParameters.of(AdminPanelView.COMPANY_PARAMETER,
                String.valueOf(company)));
        select(colleague, admin);

        test(button("Resend invitation")).click();
        waitForTheResult();

        assertThat(summary()).isEqualTo("1 invited again, 1 refused");
        assertThat(resultRows().getFirst()).startsWith(fullName(admin));
    }

    private void openAs(String email, Locale locale) {
        signIn.as(email);
        UI.getCurrent().setLocale(locale);
        navigate(AdminPanelView.class);
    }

    /** Lets the run's thread finish and its changes reach the page, as the page's polling would. */
    private void waitForTheResult() {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
            roundTrip();
            return find(BulkResultDialog.class).withCondition(Dialog::isOpened).exists();
        });
    }

    private Dialog resultDialog() {
        return find(BulkResultDialog.class).withCondition(Dialog::isOpened).single();
    }

    private String summary() {
        return find(Paragraph.class).from(resultDialog()).withClassName("bulk-result-summary").single().getText();
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> resultRows() {
        var grid = test((Grid<BulkOutcome>) find(Grid.class).from(resultDialog()).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> List.of(grid.getCellText(row, 0), grid.getCellText(row, 1),
                ((Span) grid.getCellComponent(row, 2)).getText(), grid.getCellText(row, 3))).toList();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private String selection() {
        return find(Span.class).withClassName("bulk-selection").single().getText();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<UserRow>, UserRow> grid() {
        return test((Grid<UserRow>) find(UserGrid.class).single());
    }

    private List<String> emails() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).email()).toList();
    }

    private void select(String... emails) {
        for (String email : emails) {
            grid().select(emails().indexOf(email));
        }
    }

    private String statusOf(String email) {
        return grid().getLitRendererPropertyValue(emails().indexOf(email), AdminPanelViewTest.STATUS, "status", String.class);
    }

    private String fullName(String email) {
        return "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(email));
    }
}
