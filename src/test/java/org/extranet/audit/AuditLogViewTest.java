package org.extranet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.COMPANY;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ViewTest;
import org.extranet.security.Actors;
import org.extranet.ui.NotFoundPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class AuditLogViewTest extends ViewTest {

    @Autowired AuditLog audit;
    @Autowired Actors actors;
    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @Autowired SignIn signIn;
    @Autowired TransactionTemplate transactions;
    @Autowired DSLContext db;

    private final String tag = Fixtures.unique("view");
    private long hydro;
    private long baltic;
    private String hydroAdmin;
    private String staff;

    @BeforeEach
    void eventsInTwoCompanies() {
        hydro = fixtures.company();
        baltic = fixtures.company();
        hydroAdmin = fixtures.user(hydro, "MANAGE_USERS");
        staff = fixtures.staff();
        record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "piotr", Map.of("status", "ACTIVE"), Map.of("status", "LOCKED"));
        record(staff, AuditAction.USER_UPDATED, hydro, "emma", Map.of("permissions", java.util.List.of("VIEW_ORDERS")),
                Map.of("permissions", java.util.List.of("MANAGE_USERS", "VIEW_ORDERS")));
        record(staff, AuditAction.USER_CREATED, baltic, "jan", null, Map.of("status", "INVITED"));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_see_every_company_with_a_company_column_and_the_on_behalf_badge() {
        open(staff, QueryParameters.empty());

        assertThat(find(H1.class).single().getText()).isEqualTo("Audit log");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Events of all companies.");
        var grid = grid();
        assertThat(grid.getAriaLabel()).hasValue("Audit log events");
        assertThat(grid.getColumnByKey("company").isVisible()).isTrue();
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).doesNotContain("Audit log");
        filterUser(tag);

        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.getCellText(0, column("company"))).isEqualTo(fixtures.companyName(baltic));
        assertThat(rows.getCellText(0, column("action"))).isEqualTo("User created");
        assertThat(rows.getCellText(0, column("subject"))).isEqualTo(label("jan"));
        assertThat(rows.getCellText(0, column("details"))).isEqualTo("status: INVITED");
        assertThat(rows.getCellText(1, column("details")))
                .isEqualTo("permissions: [VIEW_ORDERS] → [MANAGE_USERS, VIEW_ORDERS]");
        assertThat(rows.getCellText(2, column("company"))).isEqualTo(fixtures.companyName(hydro));
        assertThat(rows.getCellText(2, column("details"))).isEqualTo("status: ACTIVE → LOCKED");
        assertThat(badges(rows, 0)).as("staff acted for Baltic").containsExactly("on behalf");
        assertThat(badges(rows, 2)).as("Hydro's administrator acted for their own company").isEmpty();
    }

    @Test
    void staff_narrow_to_one_company_by_the_address() {
        open(staff, QueryParameters.of("company", String.valueOf(hydro)));

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Events of " + fixtures.companyName(hydro) + ".");
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Show all companies");
        filterUser(tag);
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    void an_administrator_sees_their_own_company_only_whatever_the_address_says() {
        open(hydroAdmin, QueryParameters.of("company", String.valueOf(baltic)));

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Events of your company, " + fixtures.companyName(hydro) + ".");
        var grid = grid();
        assertThat(grid.getColumnByKey("company").isVisible()).isFalse();
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rowCount()).isEqualTo("2 events");
        assertThat(rows.getCellText(0, column("action"))).isEqualTo("User edited");
        assertThat(rows.getCellText(1, column("action"))).isEqualTo("User locked");

        filterUser("piotr." + tag);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rowCount()).as("the count follows the filter").isEqualTo("1 event");
        assertThat(rows.getCellText(0, column("subject"))).isEqualTo(label("piotr"));

        assertThat(grid.isDetailsVisibleOnClick()).as("a click on the row opens its full record").isTrue();
        grid.setDetailsVisible(rows.getRow(0), true);
        assertThat(find(Pre.class).all()).as("the full record below the row").extracting(Pre::getText)
                .containsExactly("{\"status\": \"ACTIVE\"}", "{\"status\": \"LOCKED\"}");
    }

    @Test
    void the_action_and_date_filters_narrow_the_grid_and_the_sort_turns_it_round() {
        open(hydroAdmin, QueryParameters.empty());
        var rows = test(grid());
        assertThat(rows.getSortDirection(column("time"))).isEqualTo(SortDirection.DESCENDING);

        var select = find(Select.class).withCaption("Action").single();
        assertThat(select.getEmptySelectionCaption()).isEqualTo("All actions");
        var action = test(select);
        assertThat(action.getSuggestions()).hasSize(AuditAction.values().length).contains("User locked", "Access refused");
        action.selectItem("User locked");
        assertThat(rows.size()).isEqualTo(1);
        select.clear();
        assertThat(rows.size()).isEqualTo(2);

        rows.sortByColumn(column("time"), SortDirection.ASCENDING);
        assertThat(rows.getCellText(0, column("action"))).isEqualTo("User locked");

        var today = LocalDate.now(clock);
        test(datePicker("From date")).setValue(today.plusDays(1));
        assertThat(rows.size()).isZero();
        test(datePicker("From date")).setValue(today);
        test(datePicker("To date")).setValue(today);
        assertThat(rows.size()).isEqualTo(2);
    }

    @Test
    void a_start_after_the_end_is_marked_at_the_field() {
        open(hydroAdmin, QueryParameters.empty());
        var from = datePicker("From date");
        var to = datePicker("To date");

        test(to).setValue(LocalDate.of(2026, 3, 1));
        // Typed in the browser: the tester itself refuses dates outside the field's bounds.
        from.setValue(LocalDate.of(2026, 3, 5));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("The start date must not be after the end date.");
        assertThat(test(grid()).size()).isZero();

        test(to).setValue(LocalDate.of(2026, 3, 31));
        assertThat(from.isInvalid()).as("checked again when the other end moves").isFalse();
        assertThat(to.isInvalid()).isFalse();
    }

    @Test
    void a_company_name_that_ends_with_a_period_ends_the_sentence_with_it() {
        String name = Fixtures.unique("Hydro-Tech") + " Sp. z o.o.";
        db.update(COMPANY).set(COMPANY.NAME, name).where(COMPANY.ID.eq(hydro)).execute();

        open(hydroAdmin, QueryParameters.empty());
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Events of your company, " + name).noneMatch(text -> text.endsWith(".."));

        open(staff, QueryParameters.of("company", String.valueOf(hydro)));
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Events of " + name).noneMatch(text -> text.endsWith(".."));
    }

    @Test
    void speaks_polish() {
        signIn.as(hydroAdmin);
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(AuditLogView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Dziennik zdarzeń");
        assertThat(find(TextField.class).withCaption("Użytkownik").all()).hasSize(1);
        assertThat(rowCount()).isEqualTo("2 zdarzenia");
        filterUser("piotr." + tag);
        assertThat(test(grid()).getCellText(0, column("action"))).isEqualTo("Zablokowanie użytkownika");
        assertThat(rowCount()).isEqualTo("1 zdarzenie");
        filterUser("no-such-user." + tag);
        assertThat(rowCount()).isEqualTo("0 zdarzeń");
    }

    @Test
    void a_user_without_manage_users_cannot_open_the_page() {
        signIn.as(fixtures.user(hydro, "PLACE_ORDERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);

        // Vaadin answers a page the user may not open as if it did not exist.
        assertThatThrownBy(() -> navigate(AuditLogView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class " + NotFoundPage.class.getName());
        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }

    private void open(String email, QueryParameters parameters) {
        signIn.as(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AuditLogView.class, parameters);
        assertThat(getCurrentView()).isInstanceOf(AuditLogView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return (Grid<AuditEntry>) find(Grid.class).single();
    }

    /** The row count above the grid, as the browser gets it after the round trip. */
    private String rowCount() {
        roundTrip();
        return find(RowCount.class).single().getText();
    }

    private int column(String key) {
        return test(grid()).getColumnPosition(key);
    }

    private void filterUser(String text) {
        test(find(TextField.class).single()).setValue(text);
    }

    private DatePicker datePicker(String label) {
        return find(DatePicker.class).all().stream().filter(picker -> label.equals(picker.getLabel()))
                .findFirst().orElseThrow();
    }

    private java.util.List<String> badges(com.vaadin.flow.component.grid.GridTester<Grid<AuditEntry>, AuditEntry> rows,
                                          int row) {
        return rows.getCellComponent(row, column("who")).getChildren()
                .filter(Badge.class::isInstance).map(badge -> ((Badge) badge).getText()).toList();
    }

    private void record(String actorEmail, AuditAction action, long companyId, String subject,
                        Map<String, ?> before, Map<String, ?> after) {
        transactions.executeWithoutResult(status -> audit.record(actors.byId(fixtures.userId(actorEmail)), action,
                companyId, new Subject(null, label(subject)), before, after));
    }

    private String label(String subject) {
        return subject + "." + tag + "@example.com";
    }
}
