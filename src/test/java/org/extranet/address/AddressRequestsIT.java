package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivery addresses end to end: an administrator sees the company's addresses, head office first,
 * and asks for two more through the page; a staff member accepts one after correcting its city; the
 * administrator then sees it registered and the request accepted. axe checks every screen on the
 * way, in both languages.
 */
class AddressRequestsIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired AddressTestData data;
    @Autowired DSLContext db;

    @Test
    void an_administrator_asks_for_addresses_and_sees_the_one_staff_accepted_after_correcting_its_city() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        String companyName = fixtures.companyName(company);
        data.register(company, "Oddział Gdańsk", "ul. Portowa 27", "80-601", "Gdańsk");
        data.register(company, "Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław");
        var topBar = new TopBar(driver);

        // The administrator sees the head office first and asks for two addresses through the page.
        open("/login");
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        var addresses = new DeliveryAddressesPage(driver);
        addresses.openFromTopBar("Delivery addresses");
        assertThat(addresses.heading()).isEqualTo("Delivery addresses");
        assertThat(addresses.addresses()).containsExactly(
                companyName + " Default delivery address (head office) ul. Testowa 1 00-001 Warszawa Poland",
                "Magazyn Wrocław ul. Logistyczna 4 54-614 Wrocław Poland",
                "Oddział Gdańsk ul. Portowa 27 80-601 Gdańsk Poland");
        assertThat(addresses.requests()).isEmpty();
        screenshot("delivery-addresses-en");
        Accessibility.assertNoViolations(driver, "the Delivery addresses page in English");

        addresses.openRequestForm("Request a new delivery address");
        fill(addresses, "Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź");
        screenshot("delivery-addresses-form-en");
        Accessibility.assertNoViolations(driver, "the open request form in English");
        addresses.closeFormWith("Send request");
        addresses.openRequestForm("Request a new delivery address");
        fill(addresses, "Magazyn Kielce", "ul. Zagnańska 10", "25-001", "Kielce");
        addresses.closeFormWith("Send request");
        assertThat(addresses.requests()).hasSize(2).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland");
            assertThat(row.get(2)).startsWith("Test User-");
            assertThat(row.get(3)).isEqualTo("Open");
        });
        screenshot("delivery-addresses-requested-en");
        Accessibility.assertNoViolations(driver, "the Delivery addresses page with requests, in English");

        topBar.switchLanguage();
        assertThat(addresses.heading()).isEqualTo("Adresy dostawy");
        assertThat(addresses.addresses().getFirst()).contains("Domyślny adres dostawy (siedziba firmy)", "Polska");
        assertThat(addresses.requests()).anySatisfy(row -> assertThat(row)
                .contains("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Polska", "Otwarta"));
        screenshot("delivery-addresses-pl");
        Accessibility.assertNoViolations(driver, "the Delivery addresses page in Polish");
        addresses.openRequestForm("Poproś o nowy adres dostawy");
        screenshot("delivery-addresses-form-pl");
        Accessibility.assertNoViolations(driver, "the open request form in Polish");
        addresses.closeFormWith("Anuluj");
        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isEqualTo(2);
        topBar.signOut();

        // A staff member works through the inbox.
        new LoginPage(driver).signIn(fixtures.staff(), Fixtures.PASSWORD);
        var inbox = new AddressRequestsPage(driver);
        inbox.openFromTopBar("Address requests");
        assertThat(inbox.heading()).isEqualTo("Address requests");
        assertThat(inbox.rows()).anySatisfy(row -> assertThat(row).contains(companyName,
                "Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland"));
        screenshot("address-requests-en");
        Accessibility.assertNoViolations(driver, "the Address requests inbox in English");

        inbox.decide("Accept the request for Magazyn Łódź, " + companyName);
        assertThat(inbox.value("City")).isEqualTo("Łódź");
        inbox.retype("City", "Łódź-Widzew");
        screenshot("address-requests-accept-en");
        Accessibility.assertNoViolations(driver, "the accept dialog in English");
        inbox.closeDialogWith("Accept and register address");

        assertThat(inbox.rows()).noneSatisfy(row -> assertThat(row).contains(companyName,
                "Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland"));
        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(admin)
                .and(MAIL_OUTBOX.KIND.eq("ADDRESS_REQUEST_ACCEPTED"))).fetchSingle();
        assertThat(mail.getTextBody()).contains("90-001 Łódź-Widzew");

        topBar.switchLanguage();
        assertThat(inbox.heading()).isEqualTo("Prośby o adresy");
        screenshot("address-requests-pl");
        Accessibility.assertNoViolations(driver, "the Address requests inbox in Polish");
        inbox.decide("Przyjmij prośbę o adres Magazyn Kielce, " + companyName);
        screenshot("address-requests-accept-pl");
        Accessibility.assertNoViolations(driver, "the accept dialog in Polish");
        inbox.closeDialogWith("Anuluj");
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.COMPANY_ID.eq(company)
                .and(ADDRESS_REQUEST.NAME.eq("Magazyn Kielce")))).isEqualTo("OPEN");
        topBar.signOut();

        // The administrator, who chose Polish, sees the registered address and the request accepted.
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        addresses.openFromTopBar("Adresy dostawy");
        assertThat(addresses.addresses()).contains("Magazyn Łódź ul. Składowa 5 90-001 Łódź-Widzew Polska");
        assertThat(addresses.requests()).anySatisfy(row -> assertThat(row)
                .contains("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Polska", "Przyjęta"));
        assertThat(addresses.requests()).anySatisfy(row -> assertThat(row)
                .contains("Magazyn Kielce, ul. Zagnańska 10, 25-001 Kielce, Polska", "Otwarta"));
    }

    private static void fill(DeliveryAddressesPage page, String name, String street, String postalCode, String city) {
        page.fill("Name of the place", name);
        page.fill("Street and number", street);
        page.fill("Postal code", postalCode);
        page.fill("City", city);
    }
}
