package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.address.AddressTestData.warehouse;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.Plural;
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
class AddressRequestsViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DeliveryAddresses addresses;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    long company;
    String admin;
    long request;

    @BeforeEach
    void anOpenRequest() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);
        request = addresses.requestAddress(company, warehouse());
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_open_the_inbox_from_the_top_bar_and_see_the_request_with_its_company_and_note() {
        open(Locale.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Address requests");
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Address requests");
        int row = row();
        var grid = grid();
        assertThat(grid.getCellText(row, 1)).isEqualTo(fixtures.companyName(company));
        assertThat(grid.getCellText(row, 2)).startsWith("Test User-");
        assertThat(grid.getCellText(row, 3)).isEqualTo("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland");
        assertThat(grid.getCellText(row, 4)).isEqualTo("Rozładunek od 7:00 do 15:00");
        assertThat(button(row, "Accept").getAriaLabel()).contains("Accept the request for Magazyn Łódź, " + fixtures.companyName(company));
        assertThat(button(row, "Reject").getAriaLabel()).contains("Reject the request for Magazyn Łódź, " + fixtures.companyName(company));
        assertThat(button(row, "Accept").getText()).as("an icon button, named and with its tooltip").isEmpty();
        assertThat(grid().getComponent().getColumns().get(5).isFrozenToEnd()).as("the decision stays on screen").isTrue();
    }

    @Test
    void accepting_after_correcting_the_city_registers_the_corrected_address() {
        open(Locale.ENGLISH);
        String requester = grid().getRow(row()).requester();
        test(button(row(), "Accept")).click();
        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Accept the address request");
        assertThat(field("Name of the place").getValue()).isEqualTo("Magazyn Łódź");
        assertThat(field("Postal code").getValue()).isEqualTo("90-001");
        assertThat(field("City").getValue()).isEqualTo("Łódź");
        assertThat(find(TextArea.class).all()).noneMatch(Component::isVisible);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains(
                "Company: " + fixtures.companyName(company) + ". Requested by: " + requester + ".",
                "Note from the requester: Rozładunek od 7:00 do 15:00");

        test(field("City")).setValue("Łódź-Widzew");
        test(find(Button.class).withText("Accept and register address").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(NoticesShown.text(find(Notification.class).last()))
                .isEqualTo("Request accepted: Magazyn Łódź is now a delivery address of " + fixtures.companyName(company) + ".");
        var stored = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(request)).fetchSingle();
        assertThat(stored.getStatus()).isEqualTo("ACCEPTED");
        assertThat(db.fetchValue(DELIVERY_ADDRESS.CITY, DELIVERY_ADDRESS.ID.eq(stored.getDeliveryAddressId())))
                .isEqualTo("Łódź-Widzew");
        assertThat(rows()).noneMatch(row -> row.id() == request);
    }

    @Test
    void a_malformed_correction_is_shown_at_its_field_and_nothing_is_decided() {
        open(Locale.ENGLISH);
        test(button(row(), "Accept")).click();

        test(field("Postal code")).setValue("90001");
        test(field("Street and number")).setValue("");
        test(find(Button.class).withText("Accept and register address").single()).click();

        assertThat(field("Postal code").isInvalid()).isTrue();
        assertThat(field("Postal code").getErrorMessage()).isEqualTo("Enter a Polish postal code in the form 00-000.");
        assertThat(field("Street and number").getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(find(Dialog.class).all()).hasSize(1);
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(request))).isEqualTo("OPEN");
    }

    @Test
    void rejecting_asks_for_the_reason_first() {
        open(Locale.ENGLISH);
        int open = db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.STATUS.eq("OPEN"));
        assertThat(rowCount().count()).as("every company's open requests").isEqualTo(open);
        test(button(row(), "Reject")).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Reject the address request");
        var reason = find(TextArea.class).withCaption("Reason for the requester").single();

        test(find(Button.class).withText("Reject request").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(request))).isEqualTo("OPEN");

        test(reason).setValue("We do not deliver to Łódź.");
        test(find(Button.class).withText("Reject request").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(NoticesShown.text(find(Notification.class).last()))
                .isEqualTo("Request for Magazyn Łódź from " + fixtures.companyName(company) + " rejected.");
        var stored = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(request)).fetchSingle();
        assertThat(stored.getStatus()).isEqualTo("REJECTED");
        assertThat(stored.getDecisionReason()).isEqualTo("We do not deliver to Łódź.");
        assertThat(rows()).noneMatch(row -> row.id() == request);
        assertThat(rowCount().getText()).isEqualTo((open - 1) + (open - 1 == 1 ? " open request" : " open requests"));
    }

    @Test
    void a_request_a_colleague_decided_meanwhile_is_not_decided_again_and_the_user_is_told() {
        open(Locale.ENGLISH);
        test(button(row(), "Accept")).click();
        db.update(ADDRESS_REQUEST).set(ADDRESS_REQUEST.STATUS, "REJECTED").set(ADDRESS_REQUEST.DECIDED_AT, OffsetDateTime.now(clock))
                .set(ADDRESS_REQUEST.DECISION_REASON, "Duplicate.").where(ADDRESS_REQUEST.ID.eq(request)).execute();

        test(find(Button.class).withText("Accept and register address").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(NoticesShown.text(find(Notification.class).last())).startsWith("This request has already been decided");
        assertThat(db.fetchCount(DELIVERY_ADDRESS, DELIVERY_ADDRESS.COMPANY_ID.eq(company))).isZero();
        assertThat(rows()).noneMatch(row -> row.id() == request);
    }

    @Test
    void in_polish() {
        open(Locale.of("pl"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Prośby o adresy");
        int open = db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.STATUS.eq("OPEN"));
        assertThat(rowCount().getText()).isEqualTo(open + switch (Plural.of(open, Locale.of("pl"))) {
            case ONE -> " otwarta prośba";
            case FEW -> " otwarte prośby";
            case MANY -> " otwartych próśb";
        });
        test(button(row(), "Przyjmij")).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Przyjęcie prośby o adres");
        assertThat(find(Button.class).withText("Przyjmij i zarejestruj adres").all()).hasSize(1);
    }

    @Test
    void a_distributor_administrator_finds_no_entry_and_cannot_open_the_inbox() {
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).doesNotContain("Address requests");

        // Vaadin answers a page the user may not open as if it did not exist.
        assertThatThrownBy(() -> navigate(AddressRequestsView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class " + NotFoundPage.class.getName());
        assertThat(getCurrentView()).isNotInstanceOf(AddressRequestsView.class);
    }

    /** The row count above the grid, as the browser gets it after the round trip. */
    private RowCount rowCount() {
        roundTrip();
        return find(RowCount.class).single();
    }

    private void open(Locale locale) {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(locale);
        navigate(AddressRequestsView.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<OpenAddressRequest>, OpenAddressRequest> grid() {
        return test((Grid<OpenAddressRequest>) find(Grid.class).single());
    }

    private List<OpenAddressRequest> rows() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    /** The grid row of this test's request: the inbox holds every company's open requests. */
    private int row() {
        var rows = rows();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == request).findFirst().orElseThrow();
    }

    /** A row's icon button by the label its tooltip shows. */
    private Button button(int row, String label) {
        return grid().getCellComponent(row, 5).getChildren().map(Button.class::cast)
                .filter(button -> button.getTooltip() != null && button.getTooltip().getText().equals(label))
                .findFirst().orElseThrow();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }
}
