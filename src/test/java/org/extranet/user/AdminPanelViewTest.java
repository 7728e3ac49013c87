package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ViewTest;
import org.extranet.company.CompanySummary;
import org.extranet.ui.NotFoundPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class AdminPanelViewTest extends ViewTest {

    static final int NAME = 0;
    static final int EMAIL = 1;
    static final int PERMISSIONS = 2;
    static final int STATUS = 3;
    static final int LAST_SIGN_IN = 4;
    static final int ACTIONS = 5;

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithAnAdministrator() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS", "VIEW_PRICES");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void an_administrator_sees_the_users_of_their_own_company_only() {
        String colleague = fixtures.user(company, "PLACE_ORDERS", "VIEW_ORDERS");
        String stranger = fixtures.user(fixtures.company(), "PLACE_ORDERS");
        openAs(admin);

        assertThat(find(H1.class).single().getText()).isEqualTo("Admin panel");
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Admin panel");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Company: " + fixtures.companyName(company));
        var grid = grid();
        assertThat(find(Grid.class).single().getAriaLabel()).contains("Users of " + fixtures.companyName(company));
        assertThat(emails()).containsExactlyInAnyOrder(admin, colleague).doesNotContain(stranger);
        int row = rowOf(colleague);
        assertThat(grid.getCellText(row, PERMISSIONS)).isEqualTo("Place orders, View orders");
        assertThat(statusOf(colleague)).isEqualTo("Active");
        assertThat(grid.getCellText(row, LAST_SIGN_IN)).isEqualTo("never");
        assertThat(grid.getHeaderCell(NAME)).isEqualTo("Name");
    }

    @Test
    void search_and_status_filter_narrow_the_list_in_the_database() {
        String active = fixtures.user(company);
        String locked = fixtures.userWithStatus(company, UserStatus.LOCKED);
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        openAs(admin);
        assertThat(emails()).hasSize(4);

        test(find(TextField.class).withCaption("Search").single()).setValue(lastName(active));
        assertThat(emails()).containsExactly(active);

        test(find(TextField.class).withCaption("Search").single()).setValue("");
        @SuppressWarnings("unchecked")
        Select<UserStatus> status = find(Select.class).withCaption("Status").single();
        test(status).selectItem("Locked");
        assertThat(emails()).containsExactly(locked);
        assertThat(statusOf(locked)).isEqualTo("Locked");

        test(status).selectItem("Invited");
        assertThat(emails()).containsExactly(invited);
    }

    @Test
    void the_status_filter_comes_from_the_address_and_the_users_choice_goes_into_it() {
        fixtures.user(company);
        String locked = fixtures.userWithStatus(company, UserStatus.LOCKED);
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(AdminPanelView.class, QueryParameters.of(AdminPanelView.STATUS_PARAMETER, "locked"));

        @SuppressWarnings("unchecked")
        Select<UserStatus> status = find(Select.class).withCaption("Status").single();
        assertThat(status.getValue()).isEqualTo(UserStatus.LOCKED);
        assertThat(emails()).containsExactly(locked);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test(status).selectItem("Invited");

        assertThat(emails()).containsExactly(invited);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(script -> assertThat(script.getInvocation().getParameters()).contains("admin?status=invited"));

        // A status the panel does not know shows every user.
        UI.getCurrent().navigate(AdminPanelView.class, QueryParameters.of(AdminPanelView.STATUS_PARAMETER, "gone"));
        assertThat(find(Select.class).withCaption("Status").single().getValue()).isNull();
        assertThat(emails()).hasSize(4);
    }

    @Test
    void staff_keep_the_company_and_the_status_filter_in_the_address() {
        String locked = fixtures.userWithStatus(company, UserStatus.LOCKED);
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(AdminPanelView.class, new QueryParameters(Map.of(
                AdminPanelView.COMPANY_PARAMETER, List.of(String.valueOf(company)),
                AdminPanelView.STATUS_PARAMETER, List.of("locked"))));

        assertThat(emails()).containsExactly(locked);
    }

    @Test
    void the_row_count_follows_the_filter_with_the_polish_plural_forms() {
        // 22 users: the administrator, 2 locked, 5 invited, 14 active of whom 12 share a first name.
        String sharedName = Fixtures.unique("Ola");
        String locked = fixtures.userWithStatus(company, UserStatus.LOCKED);
        fixtures.userWithStatus(company, UserStatus.LOCKED);
        IntStream.range(0, 5).forEach(i -> fixtures.userWithStatus(company, UserStatus.INVITED));
        IntStream.range(0, 14).forEach(i -> {
            String email = fixtures.user(company);
            if (i < 12) {
                db.update(APP_USER).set(APP_USER.FIRST_NAME, sharedName).where(APP_USER.EMAIL.eq(email)).execute();
            }
        });
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(AdminPanelView.class);
        @SuppressWarnings("unchecked")
        Select<UserStatus> status = find(Select.class).withCaption("Status").single();
        var search = test(find(TextField.class).withCaption("Szukaj").single());

        assertThat(rowCount()).isEqualTo("22 użytkownicy");
        assertThat(grid().size()).isEqualTo(22);
        assertThat(find(Grid.class).single().isAllRowsVisible()).as("a long list scrolls in its box").isFalse();
        test(status).selectItem("Zablokowany");
        assertThat(rowCount()).isEqualTo("2 użytkownicy");
        assertThat(emails()).hasSize(2).contains(locked);
        assertThat(find(Grid.class).single().isAllRowsVisible()).as("a short list is as tall as its rows").isTrue();
        test(status).selectItem("Zaproszony");
        assertThat(rowCount()).isEqualTo("5 użytkowników");
        status.clear();
        search.setValue(sharedName);
        assertThat(rowCount()).isEqualTo("12 użytkowników");
        assertThat(emails()).hasSize(12);
        search.setValue(admin);
        assertThat(rowCount()).isEqualTo("1 użytkownik");
        search.setValue("no-such-user-" + sharedName);
        assertThat(rowCount()).isEqualTo("0 użytkowników");

        navigate(StartView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdminPanelView.class);
        assertThat(rowCount()).isEqualTo("22 users");
        test(find(TextField.class).withCaption("Search").single()).setValue(admin);
        assertThat(rowCount()).isEqualTo("1 user");
        assertThat(find(RowCount.class).single().getElement().getAttribute("role"))
                .as("a screen reader hears what a filter leaves").isEqualTo("status");
    }

    @Test
    void the_list_sorts_by_email_and_by_name_both_ways() {
        fixtures.user(company);
        fixtures.user(company);
        openAs(admin);
        var grid = grid();
        assertThat(grid.isColumnSortable(EMAIL)).isTrue();
        assertThat(grid.isColumnSortable(PERMISSIONS)).isFalse();

        grid.sortByColumn(EMAIL, SortDirection.ASCENDING);
        List<String> ascending = emails();
        assertThat(ascending).isSorted();

        grid.sortByColumn(EMAIL, SortDirection.DESCENDING);
        assertThat(emails()).containsExactlyElementsOf(ascending.reversed());

        grid.sortByColumn(NAME, SortDirection.DESCENDING);
        List<String> names = IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, NAME)).toList();
        assertThat(names).isSortedAccordingTo((a, b) -> b.split(" ")[1].compareToIgnoreCase(a.split(" ")[1]));
    }

    @Test
    void lock_and_unlock_change_the_row_and_the_database() {
        String colleague = fixtures.user(company, "VIEW_PRICES");
        openAs(admin);

        click(rowButton(colleague, "Lock"));

        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(colleague))).isEqualTo(UserStatus.LOCKED);
        assertThat(statusOf(colleague)).isEqualTo("Locked");
        assertThat(notifications()).anyMatch(text -> text.contains("is locked"));
        assertThat(rowButton(colleague, "Unlock").label()).isEqualTo("Unlock");

        click(rowButton(colleague, "Unlock"));

        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(colleague))).isEqualTo(UserStatus.ACTIVE);
        assertThat(statusOf(colleague)).isEqualTo("Active");
        assertThat(notifications()).anyMatch(text -> text.contains("is unlocked and can sign in again"));
    }

    @Test
    void row_actions_are_icon_buttons_named_with_the_seeds_labels() {
        openAs(admin);

        var edit = rowButton(admin, "Edit");
        assertThat(edit.label()).isEqualTo("Edit");
        assertThat(edit.accessibleName()).contains("Edit Test " + lastName(admin));
        assertThat(rowButton(admin, "Lock").label()).isEqualTo("Lock");
        Grid<?> grid = find(Grid.class).single();
        assertThat(grid.getColumns().get(ACTIONS).isFrozenToEnd())
                .as("the actions stay on a phone's screen while the other columns scroll").isTrue();
    }

    @Test
    void locking_yourself_is_refused_with_a_clear_message() {
        fixtures.user(company, "MANAGE_USERS");
        openAs(admin);

        click(rowButton(admin, "Lock"));

        assertThat(notifications()).contains("You cannot lock your own account.");
        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(admin))).isEqualTo(UserStatus.ACTIVE);
        assertThat(statusOf(admin)).isEqualTo("Active");
    }

    @Test
    void locking_the_last_administrator_is_refused_with_a_clear_message() {
        String lastAdmin = fixtures.user(company, "MANAGE_USERS");
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, java.time.OffsetDateTime.now(clock))
                .where(APP_USER.EMAIL.eq(admin)).execute();
        String staff = fixtures.staff();
        signIn.as(staff);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openCompany(company);

        click(rowButton(lastAdmin, "Lock"));

        assertThat(notifications()).anyMatch(text -> text.startsWith("This is the company's last active user"));
        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(lastAdmin))).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void a_user_without_manage_users_has_no_admin_panel() {
        signIn.as(fixtures.user(company, "PLACE_ORDERS", "VIEW_INVOICES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).doesNotContain("Admin panel");

        // Vaadin answers a page the user may not open as if it did not exist.
        assertThatThrownBy(() -> navigate(AdminPanelView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class " + NotFoundPage.class.getName());
        assertThat(getCurrentView()).isNotInstanceOf(AdminPanelView.class);
    }

    @Test
    void the_panel_speaks_polish() {
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(AdminPanelView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Panel administracyjny");
        assertThat(find(Button.class).withText("Utwórz nowego użytkownika").exists()).isTrue();
        assertThat(find(TextField.class).withCaption("Szukaj").exists()).isTrue();
        assertThat(statusOf(admin)).isEqualTo("Aktywny");
        assertThat(grid().getCellText(rowOf(admin), PERMISSIONS)).isEqualTo("Zarządzanie użytkownikami, Przeglądanie cen");
        assertThat(rowButton(admin, "Edytuj").label()).isEqualTo("Edytuj");
    }

    @Test
    void staff_choose_a_company_which_goes_into_the_address_and_see_whom_they_act_for() {
        String colleague = fixtures.user(company, "PLACE_ORDERS");
        String companyName = fixtures.companyName(company);
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdminPanelView.class);
        assertThat(find(Grid.class).exists()).isFalse();
        assertThat(banner().getText()).isEqualTo("Choose a company to manage its users.");

        @SuppressWarnings("unchecked")
        ComboBox<CompanySummary> chooser = find(ComboBox.class).withCaption("Company").single();
        test(chooser).setFilter(companyName);
        assertThat(test(chooser).getSuggestionItems()).extracting(CompanySummary::id).containsExactly(company);
        test(chooser).selectItem(test(chooser).getSuggestions().getFirst());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("admin?company=" + company);
        assertThat(banner().getText()).isEqualTo("You are acting on behalf of " + companyName);
        assertThat(banner().getElement().getAttribute("role")).isEqualTo("status");
        assertThat(emails()).containsExactlyInAnyOrder(admin, colleague);

        // A reload (or a shared link) keeps the company.
        navigate(StartView.class);
        openCompany(company);
        assertThat(getCurrentView()).isInstanceOf(AdminPanelView.class);
        assertThat(banner().getText()).isEqualTo("You are acting on behalf of " + companyName);
        assertThat(emails()).containsExactlyInAnyOrder(admin, colleague);
    }

    @Test
    void staff_find_a_company_by_its_customer_number() {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdminPanelView.class);

        @SuppressWarnings("unchecked")
        ComboBox<CompanySummary> chooser = find(ComboBox.class).withCaption("Company").single();
        test(chooser).setFilter("D-10002");

        assertThat(test(chooser).getSuggestions()).containsExactly("Baltic Instal S.A. (D-10002)");
    }

    private void openCompany(long id) {
        UI.getCurrent().navigate(AdminPanelView.class, QueryParameters.of(AdminPanelView.COMPANY_PARAMETER, String.valueOf(id)));
    }

    private void openAs(String email) {
        signIn.as(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdminPanelView.class);
    }

    @SuppressWarnings("unchecked")
    GridTester<Grid<UserRow>, UserRow> grid() {
        return test((Grid<UserRow>) find(Grid.class).single());
    }

    /** The row count beside the grid, as the browser gets it after the round trip. */
    String rowCount() {
        roundTrip();
        return find(RowCount.class).single().getText();
    }

    List<String> emails() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).email()).toList();
    }

    int rowOf(String email) {
        int row = emails().indexOf(email);
        assertThat(row).as("row of " + email).isNotNegative();
        return row;
    }

    String statusOf(String email) {
        return grid().getLitRendererPropertyValue(rowOf(email), STATUS, "status", String.class);
    }

    /** A row's action button, rendered in the browser: the grid function it calls, its tooltip and accessible name. */
    record RowAction(int row, String function, String label, String accessibleName) {}

    /** The row's action whose tooltip is {@code label} ("Edit", "Lock"). */
    RowAction rowButton(String email, String label) {
        return rowAction(grid(), rowOf(email), label);
    }

    /**
     * Calls the action's grid function, and hands what it throws to the session's error handler with
     * the grid as where it happened, as Flow does with a call from the browser.
     */
    static void invoke(GridTester<Grid<UserRow>, UserRow> tester, Grid<?> grid, RowAction action) {
        try {
            tester.invokeLitRendererFunction(action.row(), ACTIONS, action.function());
        } catch (RuntimeException thrown) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown, grid.getElement().getNode()));
        }
    }

    static RowAction rowAction(GridTester<Grid<UserRow>, UserRow> grid, int row, String label) {
        for (String function : List.of("edit", "lock")) {
            if (label.equals(grid.getLitRendererPropertyValue(row, ACTIONS, function + "Label", String.class))) {
                return new RowAction(row, function, label,
                        grid.getLitRendererPropertyValue(row, ACTIONS, function + "Name", String.class));
            }
        }
        throw new AssertionError("No " + label + " in row " + row);
    }

    void click(RowAction action) {
        AdminPanelViewTest.invoke(grid(), find(Grid.class).single(), action);
    }

    void click(Button button) {
        test(button).click();
    }

    Div banner() {
        return find(Div.class).withClassName("on-behalf").single();
    }


    String lastName(String email) {
        return db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(email));
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(NoticesShown::text).toList();
    }
}
