package org.extranet.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.StartView;
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
class BackOfficeViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private TextField field(String label) {
        return find(TextField.class).all().stream().filter(field -> label.equals(field.getLabel())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<CompanySummary> rows() {
        Grid<CompanySummary> grid = find(Grid.class).single();
        return IntStream.range(0, test(grid).size()).mapToObj(i -> (CompanySummary) test(grid).getRow(i)).toList();
    }

    @Test
    void staff_find_companies_by_name_customer_number_tax_id_or_city() {
        long company = fixtures.company();
        String name = fixtures.companyName(company);
        signIn.as(fixtures.staff());
        navigate(BackOfficeView.class);

        assertThat(rowCount().count()).as("every company, counted in the database").isEqualTo(db.fetchCount(COMPANY));
        test(field("Search")).setValue(name.substring(8).toUpperCase());

        assertThat(rows()).extracting(CompanySummary::id).containsExactly(company);
        assertThat(rowCount().getText()).as("the count follows the search").isEqualTo("1 company");
        test(field("Search")).setValue("PL7792433421");
        assertThat(rows()).extracting(CompanySummary::name).containsExactly("Hydro-Tech Dystrybucja Sp. z o.o.");
        test(field("Search")).setValue("gdyni");
        assertThat(rows()).extracting(CompanySummary::name).contains("Baltic Instal S.A.");
    }

    @Test
    void each_row_opens_its_company_with_an_icon_button_kept_on_screen() {
        long company = fixtures.company();
        String name = fixtures.companyName(company);
        signIn.as(fixtures.staff());
        navigate(BackOfficeView.class);
        test(field("Search")).setValue(name);
        @SuppressWarnings("unchecked")
        Grid<CompanySummary> grid = find(Grid.class).single();
        assertThat(grid.getColumns().getLast().isFrozenToEnd()).isTrue();

        var open = find(Button.class).from(test(grid).getCellComponent(0, grid.getColumns().size() - 1)).single();
        assertThat(open.getText()).isEmpty();
        assertThat(open.getAriaLabel()).hasValue("Open " + name);
        assertThat(open.getTooltip().getText()).isEqualTo("Open");
        test(open).click();

        assertThat(getCurrentView()).isInstanceOf(CompanyPage.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(name);
    }

    @Test
    void the_count_speaks_polish() {
        String shared = Fixtures.unique("Hurtownia");
        IntStream.range(0, 5).forEach(i -> db.update(COMPANY).set(COMPANY.NAME, shared + " " + i)
                .where(COMPANY.ID.eq(fixtures.company())).execute());
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(BackOfficeView.class);

        test(field("Szukaj")).setValue(shared);
        assertThat(rowCount().getText()).isEqualTo("5 firm");
        test(field("Szukaj")).setValue(shared + " 1");
        assertThat(rowCount().getText()).isEqualTo("1 firma");
    }

    /** The row count above the grid, as the browser gets it after the round trip. */
    private RowCount rowCount() {
        roundTrip();
        return find(RowCount.class).single();
    }

    @Test
    void the_directory_sorts_in_the_database() {
        signIn.as(fixtures.staff());
        navigate(BackOfficeView.class);
        Grid<CompanySummary> grid = find(Grid.class).single();

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("CITY"), SortDirection.DESCENDING)));

        assertThat(rows()).extracting(CompanySummary::city)
                .isSortedAccordingTo(Comparator.comparing((String city) -> city.toLowerCase()).reversed());
    }

    @Test
    void staff_register_a_company_and_land_on_its_page() {
        signIn.as(fixtures.staff());
        navigate(BackOfficeView.class);
        String number = Fixtures.unique("D");

        test(find(Button.class).withText("Register company").single()).click();
        test(field("Company name")).setValue("Nowa Hurtownia Sp. z o.o.");
        test(field("Customer number")).setValue(number);
        test(field("Street and number")).setValue("ul. Polna 3");
        test(field("Postal code")).setValue("90-001");
        test(field("City")).setValue("Łódź");
        test(find(Button.class).withText("Register company").all().getLast()).click();

        assertThat(db.fetchExists(COMPANY, COMPANY.CUSTOMER_NUMBER.eq(number))).isTrue();
        assertThat(getCurrentView()).isInstanceOf(CompanyPage.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Nowa Hurtownia Sp. z o.o.");
    }

    @Test
    void a_missing_required_field_is_marked_and_nothing_is_registered() {
        signIn.as(fixtures.staff());
        navigate(BackOfficeView.class);
        String number = Fixtures.unique("D");

        test(find(Button.class).withText("Register company").single()).click();
        test(field("Customer number")).setValue(number);
        test(find(Button.class).withText("Register company").all().getLast()).click();

        assertThat(field("Company name").isInvalid()).isTrue();
        assertThat(db.fetchExists(COMPANY, COMPANY.CUSTOMER_NUMBER.eq(number))).isFalse();
    }

    @Test
    void the_company_page_says_on_whose_behalf_staff_act_and_edits_entitlements() {
        long company = fixtures.company(List.of("MANAGE_USERS", "VIEW_PRICES"));
        signIn.as(fixtures.staff());

        navigate(CompanyPage.class, Map.of("companyId", String.valueOf(company)));

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You are acting on behalf of " + fixtures.companyName(company));
        find(TabSheet.class).single().setSelectedIndex(1);
        var placeOrders = find(Checkbox.class).all().stream().filter(box -> "Place orders".equals(box.getLabel()))
                .findFirst().orElseThrow();
        test(placeOrders).click();
        assertThat(db.fetchCount(COMPANY_PERMISSION, COMPANY_PERMISSION.COMPANY_ID.eq(company))).isEqualTo(3);
    }

    @Test
    void distributors_have_no_back_office() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));

        navigate(StartView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).doesNotContain("Back office");
        // Vaadin answers a page the user may not open as if it did not exist.
        assertThatThrownBy(() -> navigate(BackOfficeView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class " + NotFoundPage.class.getName());
        assertThat(getCurrentView()).isNotInstanceOf(BackOfficeView.class);
        assertThatThrownBy(() -> navigate(CompanyPage.class, Map.of("companyId", String.valueOf(company))))
                .isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(CompanyPage.class);
    }
}
