package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.USER_PERMISSION;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ViewTest;
import org.extranet.ui.NotFoundPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class DeliveryAddressesViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired AddressTestData data;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithAnAdministrator() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void an_administrator_opens_the_page_from_the_top_bar_and_sees_the_head_office_first() {
        data.register(company, "Oddział Gdańsk", "ul. Portowa 27", "80-601", "Gdańsk");
        data.register(company, "Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław");
        open(admin, Locale.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Delivery addresses");
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Delivery addresses");
        assertThat(addresses()).containsExactly(
                fixtures.companyName(company) + " Default delivery address (head office) ul. Testowa 1 00-001 Warszawa Poland",
                "Magazyn Wrocław ul. Logistyczna 4 54-614 Wrocław Poland",
                "Oddział Gdańsk ul. Portowa 27 80-601 Gdańsk Poland");
        assertThat(paragraphs()).anyMatch(text -> text.contains("registered by the Distributor Service Department"))
                .doesNotContain("No other delivery addresses are registered for your company.");
    }

    @Test
    void with_no_other_address_the_head_office_stands_alone_and_the_page_says_so_in_polish() {
        open(admin, Locale.of("pl"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Adresy dostawy");
        assertThat(addresses()).singleElement().asString().contains("Domyślny adres dostawy (siedziba firmy)", "Polska");
        assertThat(paragraphs()).contains("Dla Twojej firmy nie zarejestrowano innych adresów dostawy.");
        assertThat(find(Button.class).withText("Poproś o nowy adres dostawy").all()).hasSize(1);
        assertThat(requestGrid().size()).isZero();
        assertThat(rowCount()).isEqualTo("0 próśb");
    }

    @Test
    void a_request_sent_from_the_form_is_listed_as_open() {
        open(admin, Locale.ENGLISH);
        assertThat(rowCount()).isEqualTo("0 requests");
        test(find(Button.class).withText("Request a new delivery address").single()).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Request a new delivery address");

        test(field("Name of the place")).setValue("Magazyn Łódź");
        test(field("Street and number")).setValue("ul. Składowa 5");
        test(field("Postal code")).setValue("90-001");
        test(field("City")).setValue("Łódź");
        test(find(Button.class).withText("Send request").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(NoticesShown.text(find(Notification.class).last()))
                .isEqualTo("Your request has been sent to the Distributor Service Department.");
        var stored = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.COMPANY_ID.eq(company)).fetchSingle();
        assertThat(stored.getCountryCode()).as("the form's default country").isEqualTo("PL");
        var rows = requestGrid();
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 1)).isEqualTo("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland");
        assertThat(rows.getCellText(0, 2)).startsWith("Test User-");
        assertThat(rows.getCellText(0, 3)).isEqualTo("Open");
        assertThat(rows.getCellText(0, 4)).isEmpty();
        assertThat(rowCount()).as("the count follows the list").isEqualTo("1 request");
    }

    @Test
    void missing_and_malformed_input_is_shown_at_the_field_and_nothing_is_sent() {
        open(admin, Locale.ENGLISH);
        test(find(Button.class).withText("Request a new delivery address").single()).click();
        test(field("Street and number")).setValue("ul. Składowa 5");
        test(field("Postal code")).setValue("90001");
        test(field("City")).setValue("Łódź");

        test(find(Button.class).withText("Send request").single()).click();

        assertThat(field("Name of the place").isInvalid()).isTrue();
        assertThat(field("Name of the place").getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(field("Postal code").isInvalid()).isTrue();
        assertThat(field("Postal code").getErrorMessage()).isEqualTo("Enter a Polish postal code in the form 00-000.");
        assertThat(field("City").isInvalid()).isFalse();
        assertThat(find(Dialog.class).all()).hasSize(1);
        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isZero();
    }

    @Test
    void cancelling_the_form_sends_nothing() {
        open(admin, Locale.ENGLISH);
        test(find(Button.class).withText("Request a new delivery address").single()).click();
        test(field("Name of the place")).setValue("Magazyn Łódź");

        test(find(Button.class).withText("Cancel").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isZero();
    }

    @Test
    void a_rejected_request_shows_its_reason() {
        db.insertInto(ADDRESS_REQUEST)
                .set(ADDRESS_REQUEST.COMPANY_ID, company)
                .set(ADDRESS_REQUEST.REQUESTED_BY, fixtures.userId(admin))
                .set(ADDRESS_REQUEST.REQUESTER_EMAIL, admin)
                .set(ADDRESS_REQUEST.NAME, "Magazyn Radom")
                .set(ADDRESS_REQUEST.STREET, "ul. Polna 1")
                .set(ADDRESS_REQUEST.POSTAL_CODE, "26-600")
                .set(ADDRESS_REQUEST.CITY, "Radom")
                .set(ADDRESS_REQUEST.STATUS, "REJECTED")
                .set(ADDRESS_REQUEST.DECISION_REASON, "We do not deliver to Radom.")
                .set(ADDRESS_REQUEST.DECIDED_AT, OffsetDateTime.now(clock))
                .execute();
        open(admin, Locale.ENGLISH);

        var rows = requestGrid();
        assertThat(rows.getCellText(0, 3)).isEqualTo("Rejected");
        assertThat(rows.getCellText(0, 4)).isEqualTo("We do not deliver to Radom.");
    }

    @Test
    void a_user_without_manage_users_finds_no_entry_and_cannot_open_the_page() {
        signIn.as(fixtures.user(company, "VIEW_PRICES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).doesNotContain("Delivery addresses");

        // Vaadin answers a page the user may not open as if it did not exist.
        assertThatThrownBy(() -> navigate(DeliveryAddressesView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class " + NotFoundPage.class.getName());
        assertThat(getCurrentView()).isNotInstanceOf(DeliveryAddressesView.class);
    }

    @Test
    void an_administrator_whose_right_was_taken_away_meanwhile_is_told_so() {
        signIn.as(admin);
        db.deleteFrom(USER_PERMISSION).where(USER_PERMISSION.USER_ID.eq(fixtures.userId(admin))).execute();
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(DeliveryAddressesView.class);

        assertThat(paragraphs()).containsExactly(
                "You are not allowed to see your company's delivery addresses. Please contact your company's administrator.");
        assertThat(find(ListItem.class).all()).isEmpty();
    }

    /** The row count above the requests, as the browser gets it after the round trip. */
    private String rowCount() {
        roundTrip();
        return find(RowCount.class).single().getText();
    }

    private void open(String email, Locale locale) {
        signIn.as(email);
        UI.getCurrent().setLocale(locale);
        navigate(DeliveryAddressesView.class);
    }

    private List<String> addresses() {
        return find(ListItem.class).all().stream()
                .map(item -> item.getChildren().map(child -> child.getElement().getText()).reduce((a, b) -> a + " " + b)
                        .orElse(""))
                .toList();
    }

    private List<String> paragraphs() {
        return find(Paragraph.class).all().stream().filter(Paragraph::isVisible).map(Paragraph::getText).toList();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AddressRequestRow>, AddressRequestRow> requestGrid() {
        return test((Grid<AddressRequestRow>) find(Grid.class).single());
    }
}
