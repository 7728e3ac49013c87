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

class AddressRequestsIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void staff_accept_an_administrators_request_after_correcting_the_city_and_the_administrator_sees_it() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        String companyName = fixtures.companyName(company);
        var topBar = new TopBar(driver);

        // An administrator asks for two addresses through the page.
        open("/login");
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        var addresses = new DeliveryAddressesPage(driver);
        addresses.openFromTopBar("Delivery addresses");
        request(addresses, "Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź");
        request(addresses, "Magazyn Kielce", "ul. Zagnańska 10", "25-001", "Kielce");
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

        // The administrator sees the registered address and the request accepted.
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        addresses.openFromTopBar("Delivery addresses");
        assertThat(addresses.addresses()).contains("Magazyn Łódź ul. Składowa 5 90-001 Łódź-Widzew Poland");
        assertThat(addresses.requests()).anySatisfy(row -> assertThat(row)
                .contains("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland", "Accepted"));
        assertThat(addresses.requests()).anySatisfy(row -> assertThat(row)
                .contains("Magazyn Kielce, ul. Zagnańska 10, 25-001 Kielce, Poland", "Open"));
    }

    private static void request(DeliveryAddressesPage page, String name, String street, String postalCode, String city) {
        page.openRequestForm("Request a new delivery address");
        page.fill("Name of the place", name);
        page.fill("Street and number", street);
        page.fill("Postal code", postalCode);
        page.fill("City", city);
        page.closeFormWith("Send request");
    }
}
