package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.extranet.Fixtures;
import org.extranet.account.SetPasswordPage;
import org.extranet.account.StartPage;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.mail.OutboxSender;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed's sections a and b end to end, as the demo administrator and a new colleague live
 * them: create the user and notify them, the welcome mail arrives (GreenMail on loopback), the
 * link sets a password, the user signs in; locking ends their open session at once and refuses
 * sign-in, unlocking restores it, and deleting removes them. axe checks every screen on the way
 * that no other browser test checks (the start page: SignInIT; the delete confirmation in Polish:
 * KeyboardZoomPhoneIT, at a phone's width).
 * The application runs on a port chosen up front, so the links in the mail point at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "simplejavamail.smtp.host=127.0.0.1",
                // The test sends the outbox itself, when the mail is due.
                "extranet.mail.poll-interval=1h"})
class UserAdministrationJourneyIT extends BrowserTest {

    private static final String DEMO_ADMINISTRATOR = "anna.nowak@hydrotech.example";
    private static final String DEMO_PASSWORD = "Extranet-demo-2026";
    private static final String NEW_PASSWORD = "lantern orchard velvet compass 42";
    private static final int APP_PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("http://localhost:" + APP_PORT + "(/set-password\\?token=[A-Za-z0-9_-]+)");

    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired DSLContext db;
    @Autowired OutboxSender outboxSender;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> APP_PORT);
        registry.add("simplejavamail.smtp.port", () -> SMTP_PORT);
        registry.add("extranet.public-url", () -> "http://localhost:" + APP_PORT);
    }

    @BeforeAll
    void startSmtp() {
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    @ResourceLock(DEMO_ADMINISTRATOR_LOCK)
    @ResourceLock(OUTBOX_LOCK)
    void an_administrator_creates_notifies_locks_unlocks_and_deletes_a_user_who_signs_in_in_between() throws Exception {
        String storedLanguage = db.fetchValue(APP_USER.LANGUAGE, APP_USER.EMAIL.eq(DEMO_ADMINISTRATOR));
        String lastName = Fixtures.unique("Lis");
        String fullName = "Ewa " + lastName;
        String email = lastName.toLowerCase() + "@journey.example";
        var panel = new AdminPanelPage(driver);
        var topBar = new TopBar(driver);
        try {
            // Step a.1: the administrator (who reads Polish) opens the admin panel from the top bar.
            open("/login");
            new LoginPage(driver).signIn(DEMO_ADMINISTRATOR, DEMO_PASSWORD);
            assertThat(topBar.entries()).contains("Panel administracyjny");
            openAdminPanel("Panel administracyjny");
            assertThat(panel.heading()).isEqualTo("Panel administracyjny");
            screenshot("admin-panel-pl");
            panel.waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the admin panel in Polish");
            var polishForm = panel.createNewUser();
            assertThat(polishForm.title()).isEqualTo("Utwórz nowego użytkownika");
            screenshot("user-form-pl");
            panel.waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the user form in Polish");
            polishForm.click("Anuluj");
            polishForm.waitUntilClosed();
            assertThat(panel.focused().getText()).isEqualTo("Utwórz nowego użytkownika");

            topBar.switchLanguage();
            assertThat(panel.heading()).isEqualTo("Admin panel");
            assertThat(panel.gridName()).isEqualTo("Users of Hydro-Tech Dystrybucja Sp. z o.o.");
            screenshot("admin-panel-en");
            panel.waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the admin panel in English");

            // Steps a.2 to a.4: Create new user, fill in the form, "Create new user and notify".
            var form = panel.createNewUser();
            assertThat(form.title()).isEqualTo("Create new user");
            assertThat(form.hasFocusIn("Email")).as("the first field has the focus").isTrue();
            form.type("Email", email);
            form.type("First name", "Ewa");
            form.type("Last name", lastName);
            form.type("Phone", "+48 600 100 200");
            form.choose("English");
            form.check("Place orders");
            form.check("View invoices");
            screenshot("user-form-en");
            panel.waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the user form in English");
            form.click("Create new user and notify");
            form.waitUntilClosed();
            assertThat(panel.notificationSaying(fullName + " has been created")).contains(fullName + " has been created");
            assertThat(panel.focused().getText()).as("focus is back on the button that opened the form")
                    .isEqualTo("Create new user");
            panel.waitForRow(email);
            assertThat(panel.row(email)).contains(fullName, "Place orders, View invoices", "Invited", "never");

            // The welcome mail arrives in the new user's language, with the link.
            assertThat(outboxSender.sendDue()).isPositive();
            MimeMessage welcome = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> recipientIs(message, email)).findFirst().orElseThrow();
            assertThat(welcome.getSubject()).isEqualTo("Your Extranet account for Hydro-Tech Dystrybucja Sp. z o.o.");
            var link = LINK.matcher(GreenMailUtil.getBody(welcome).replace("=\r\n", "").replace("=3D", "="));
            assertThat(link.find()).as("the mail carries a link to this application").isTrue();

            // The new user follows the link in their own browser and sets a password.
            WebDriver userBrowser = anotherBrowser();
            open(userBrowser, link.group(1));
            var setPassword = new SetPasswordPage(userBrowser);
            assertThat(setPassword.heading()).isEqualTo("Set your password");
            Accessibility.assertNoViolations(userBrowser, "the set-password page");
            setPassword.setPassword(NEW_PASSWORD);
            setPassword.goToSignIn();
            new LoginPage(userBrowser).signIn(email, NEW_PASSWORD);
            var userStart = new StartPage(userBrowser);
            assertThat(userStart.greeting()).isEqualTo("Welcome, Ewa");
            assertThat(userStart.permissions()).containsExactly("Place orders", "View invoices");

            // Step b: the administrator locks the user; the user's next click lands on the sign-in page.
            panel.waitForStatus(email, "Invited");
            open("/admin");
            panel.waitForStatus(email, "Active");
            assertThat(panel.tooltipOf(panel.rowButton("Lock " + fullName))).isEqualTo("Lock");
            panel.clickRowButton("Lock " + fullName);
            assertThat(panel.notificationSaying(fullName + " is locked")).contains(fullName + " is locked");
            panel.waitForStatus(email, "Locked");
            assertThat(panel.focused().getAttribute("aria-label")).isEqualTo("Unlock " + fullName);

            userBrowser.findElement(By.cssSelector(".top-bar .brand")).click();
            BrowserTest.waiting(userBrowser).until(browser -> new LoginPage(browser).isShown());
            waitForVaadin(userBrowser);
            new LoginPage(userBrowser).signIn(email, NEW_PASSWORD);
            assertThat(new LoginPage(userBrowser).errorMessage()).startsWith("Your account is locked");

            // A locked user can be unlocked at any time.
            panel.clickRowButton("Unlock " + fullName);
            panel.waitForStatus(email, "Active");
            open(userBrowser, "/login");
            new LoginPage(userBrowser).signIn(email, NEW_PASSWORD);
            assertThat(userStart.greeting()).isEqualTo("Welcome, Ewa");

            // Delete user: inside Edit, behind a confirmation naming the user.
            var edit = panel.edit(fullName);
            assertThat(edit.title()).isEqualTo("Edit user");
            screenshot("edit-user-sign-in-en");
            panel.waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the edit window with its sign-in part");
            String question = edit.deleteUserConfirmationText();
            assertThat(question).isEqualTo("Delete user " + fullName + " (" + email + ")? This cannot be undone.");
            assertThat(edit.hasFocusOn("Cancel")).as("the focus starts on the harmless choice").isTrue();
            screenshot("delete-confirmation-en");
            panel.waitForSettledNotifications();
            Accessibility.assertNoViolations(driver, "the delete confirmation");
            edit.confirmDelete();
            edit.waitUntilClosed();
            panel.waitForNoRow(email);
            assertThat(panel.notificationSaying(fullName + " has been deleted")).contains(fullName + " has been deleted");
            assertThat(panel.focused().getText()).as("the row is gone, so the focus goes to Create new user")
                    .isEqualTo("Create new user");
            assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.eq(email))).isZero();
        } finally {
            db.update(APP_USER).set(APP_USER.LANGUAGE, storedLanguage).where(APP_USER.EMAIL.eq(DEMO_ADMINISTRATOR)).execute();
            db.deleteFrom(APP_USER).where(APP_USER.EMAIL.eq(email)).execute();
            db.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).execute();
        }
    }

    private void openAdminPanel(String entry) {
        var link = driver.findElement(By.xpath("//nav//a[normalize-space()='" + entry + "']"));
        link.click();
        waitForVaadin();
        BrowserTest.waiting(driver).until(browser -> new AdminPanelPage(browser).isShown());
        waitForVaadin();
    }

    private static boolean recipientIs(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
