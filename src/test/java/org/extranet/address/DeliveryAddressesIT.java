package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.ADDRESS_REQUEST;

import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeliveryAddressesIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired AddressTestData data;
    @Autowired DSLContext db;

    @Test
    void an_administrator_sees_the_head_office_first_requests_an_address_and_sees_it_open_in_either_language() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        data.register(company, "Oddział Gdańsk", "ul. Portowa 27", "80-601", "Gdańsk");
        data.register(company, "Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław");
        String companyName = fixtures.companyName(company);
        open("/login");
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        var page = new DeliveryAddressesPage(driver);

        page.openFromTopBar("Delivery addresses");

        assertThat(page.heading()).isEqualTo("Delivery addresses");
        assertThat(page.addresses()).containsExactly(
                companyName + " Default delivery address (head office) ul. Testowa 1 00-001 Warszawa Poland",
                "Magazyn Wrocław ul. Logistyczna 4 54-614 Wrocław Poland",
                "Oddział Gdańsk ul. Portowa 27 80-601 Gdańsk Poland");
        assertThat(page.requests()).isEmpty();
        screenshot("delivery-addresses-en");
        Accessibility.assertNoViolations(driver, "the Delivery addresses page in English");

        page.openRequestForm("Request a new delivery address");
        page.fill("Name of the place", "Magazyn Łódź");
        page.fill("Street and number", "ul. Składowa 5");
        page.fill("Postal code", "90-001");
        page.fill("City", "Łódź");
        screenshot("delivery-addresses-form-en");
        Accessibility.assertNoViolations(driver, "the open request form in English");
        page.closeFormWith("Send request");

        assertThat(page.requests()).singleElement().satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Poland");
            assertThat(row.get(2)).startsWith("Test User-");
            assertThat(row.get(3)).isEqualTo("Open");
        });
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isEqualTo("OPEN");
        screenshot("delivery-addresses-requested-en");
        Accessibility.assertNoViolations(driver, "the Delivery addresses page with a request, in English");

        new TopBar(driver).switchLanguage();

        assertThat(page.heading()).isEqualTo("Adresy dostawy");
        assertThat(page.addresses().getFirst()).contains("Domyślny adres dostawy (siedziba firmy)", "Polska");
        assertThat(page.requests()).singleElement().satisfies(row -> assertThat(row)
                .contains("Magazyn Łódź, ul. Składowa 5, 90-001 Łódź, Polska", "Otwarta"));
        screenshot("delivery-addresses-pl");
        Accessibility.assertNoViolations(driver, "the Delivery addresses page in Polish");

        page.openRequestForm("Poproś o nowy adres dostawy");
        screenshot("delivery-addresses-form-pl");
        Accessibility.assertNoViolations(driver, "the open request form in Polish");
        page.closeFormWith("Anuluj");
        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isEqualTo(1);
    }
}
