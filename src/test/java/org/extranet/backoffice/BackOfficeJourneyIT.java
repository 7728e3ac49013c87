package org.extranet.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.address.AddressRequestData;
import org.extranet.address.AddressRequestsPage;
import org.extranet.address.DeliveryAddresses;
import org.extranet.base.UserStatus;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The back office end to end, as a member of the Distributor Service Department lives it: find a
 * company by its customer number, act on its behalf (add a delivery address, accept its
 * administrator's request, lock and unlock a user) and find all of it in the company's audit log,
 * marked as done on the company's behalf. axe checks every screen on the way, in both languages, but
 * the address requests inbox, which AddressRequestsIT checks.
 */
class BackOfficeJourneyIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DeliveryAddresses deliveryAddresses;
    @Autowired DSLContext db;

    @Test
    void staff_act_on_behalf_of_a_company_and_find_it_all_in_its_audit_log() {
        long company = fixtures.company();
        String companyName = fixtures.companyName(company);
        String customerNumber = db.fetchValue(COMPANY.CUSTOMER_NUMBER, COMPANY.ID.eq(company));
        String admin = fixtures.user(company, "MANAGE_USERS");
        String user = fixtures.user(company, "PLACE_ORDERS");
        String userName = fullName(user);
        String staff = fixtures.staff();
        String staffLabel = fullName(staff) + " <" + staff + ">";

        // The company's administrator asks for a new delivery address.
        signIn.as(admin);
        try {
            deliveryAddresses.requestAddress(company, new AddressRequestData("Magazyn Radom", "ul. Kelecka 12",
                    "26-600", "Radom", "PL", "Rampa od 6:00"));
        } finally {
            signIn.out();
        }

        // Staff find the company by its customer number and open it.
        open("/login");
        new LoginPage(driver).signIn(staff, Fixtures.PASSWORD);
        var topBar = new TopBar(driver);
        var directory = new BackOfficePage(driver);
        directory.openFromTopBar("Back office");
        assertThat(directory.heading()).isEqualTo("Distributor companies");
        directory.search(customerNumber);
        assertThat(directory.rows()).singleElement().satisfies(row -> assertThat(row)
                .contains(companyName, customerNumber, "Warszawa"));
        screenshot("back-office-directory-en");
        Accessibility.assertNoViolations(driver, "the back-office directory in English");
        directory.openLink("Service department accounts");
        assertThat(directory.heading()).isEqualTo("Service department accounts");
        assertThat(directory.rows()).anySatisfy(row -> assertThat(row).contains(staff));
        screenshot("back-office-staff-en");
        Accessibility.assertNoViolations(driver, "the service department's accounts in English");
        directory.openFromTopBar("Back office");
        directory.search(customerNumber);

        var companyPage = directory.open(companyName);
        assertThat(companyPage.heading()).isEqualTo(companyName);
        assertThat(companyPage.onBehalfBanner()).isEqualTo("You are acting on behalf of " + companyName);
        assertThat(companyPage.tabs()).containsExactly("Users", "Company details", "Delivery addresses", "Logo");
        screenshot("back-office-company-en");
        checkEveryTab(companyPage, List.of("Users", "Company details", "Delivery addresses", "Logo"), "English");

        // A delivery address added on the company's behalf.
        companyPage.selectTab("Delivery addresses");
        var addresses = companyPage.addresses();
        addresses.openRequestForm("Add delivery address");
        addresses.fill("Name of the place", "Magazyn Kraków");
        addresses.fill("Street and number", "ul. Półłanki 18");
        addresses.fill("Postal code", "30-740");
        addresses.fill("City", "Kraków");
        screenshot("back-office-add-address-en");
        Accessibility.assertNoViolations(driver, "the add address dialog in English");
        addresses.closeFormWith("Add address");
        assertThat(addresses.addresses()).contains("Magazyn Kraków ul. Półłanki 18 30-740 Kraków Poland Edit Remove");

        // The administrator's request, accepted from the inbox as it was asked for.
        var inbox = new AddressRequestsPage(driver);
        inbox.openFromTopBar("Address requests");
        assertThat(inbox.heading()).isEqualTo("Address requests");
        assertThat(inbox.rows()).anySatisfy(row -> assertThat(row).contains(companyName,
                "Magazyn Radom, ul. Kelecka 12, 26-600 Radom, Poland"));
        inbox.decide("Accept the request for Magazyn Radom, " + companyName);
        assertThat(inbox.value("City")).isEqualTo("Radom");
        inbox.closeDialogWith("Accept and register address");
        assertThat(inbox.rows()).noneSatisfy(row -> assertThat(row).contains(companyName));
        var decision = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(admin)
                .and(MAIL_OUTBOX.KIND.eq("ADDRESS_REQUEST_ACCEPTED"))).fetchSingle();
        assertThat(decision.getTextBody()).contains("Magazyn Radom", "26-600 Radom");

        // Back to the company: a user locked and unlocked.
        directory.openFromTopBar("Back office");
        directory.search(customerNumber);
        companyPage = directory.open(companyName);
        companyPage.selectTab("Delivery addresses");
        assertThat(companyPage.addresses().addresses()).contains("Magazyn Radom ul. Kelecka 12 26-600 Radom Poland Edit Remove");
        companyPage.selectTab("Users");
        var users = companyPage.users();
        users.waitForStatus(user, "Active");
        users.clickRowButton("Lock " + userName);
        users.waitForStatus(user, "Locked");
        users.clickRowButton("Unlock " + userName);
        users.waitForStatus(user, "Active");
        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(user))).isEqualTo(UserStatus.ACTIVE);

        // The company's audit log shows all of it, done by the staff member on the company's behalf.
        var auditLog = companyPage.openAuditLog("Audit log of this company");
        assertThat(auditLog.heading()).isEqualTo("Audit log");
        assertThat(auditLog.paragraphs()).contains("Events of " + companyName + ".");
        auditLog.waitForRows(5);
        for (String action : List.of("Delivery address added", "Address request accepted", "User locked", "User unlocked")) {
            assertThat(auditLog.rows()).as(action).anySatisfy(row -> {
                assertThat(row).contains(action);
                assertThat(row).anySatisfy(cell -> assertThat(cell).startsWith(staffLabel).endsWith("on behalf"));
            });
        }
        assertThat(auditLog.rows()).as("the administrator's own request is not on anyone's behalf")
                .anySatisfy(row -> assertThat(row).contains("Delivery address requested")
                        .anySatisfy(cell -> assertThat(cell).startsWith(fullName(admin)).doesNotContain("on behalf")));
        screenshot("back-office-audit-log-en");
        waitForSettledNotifications();
        Accessibility.assertNoViolations(driver, "the company's audit log in English");

        // The same screens in Polish.
        topBar.switchLanguage();
        assertThat(auditLog.heading()).isEqualTo("Dziennik zdarzeń");
        assertThat(auditLog.rows()).anySatisfy(row -> assertThat(row)
                .anySatisfy(cell -> assertThat(cell).startsWith(staffLabel).endsWith("w imieniu firmy")));
        screenshot("back-office-audit-log-pl");
        Accessibility.assertNoViolations(driver, "the company's audit log in Polish");
        directory.openFromTopBar("Zaplecze");
        assertThat(directory.heading()).isEqualTo("Firmy dystrybucyjne");
        directory.search(customerNumber);
        screenshot("back-office-directory-pl");
        Accessibility.assertNoViolations(driver, "the back-office directory in Polish");
        directory.openLink("Konta Działu Obsługi");
        screenshot("back-office-staff-pl");
        Accessibility.assertNoViolations(driver, "the service department's accounts in Polish");
        directory.openFromTopBar("Zaplecze");
        directory.search(customerNumber);
        companyPage = directory.open(companyName);
        assertThat(companyPage.onBehalfBanner()).isEqualTo("Działasz w imieniu firmy " + companyName);
        screenshot("back-office-company-pl");
        checkEveryTab(companyPage, List.of("Użytkownicy", "Dane firmy", "Adresy dostawy", "Logo"), "Polish");
    }

    private void checkEveryTab(CompanyPageObject page, List<String> tabs, String language) {
        for (String tab : tabs) {
            page.selectTab(tab);
            waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the company page's tab " + tab + " in " + language);
        }
    }

    /** Notifications fading in or out would be measured for contrast half-transparent. */
    private void waitForSettledNotifications() {
        new org.extranet.user.AdminPanelPage(driver).waitForSettledNotifications();
    }

    private String fullName(String email) {
        var name = db.select(APP_USER.FIRST_NAME, APP_USER.LAST_NAME).from(APP_USER).where(APP_USER.EMAIL.eq(email))
                .fetchSingle();
        return name.value1() + " " + name.value2();
    }
}
