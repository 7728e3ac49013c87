package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.user.AdminPanelPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a keyboard, zoom and phone review found, walked through as its users do: the skip link
 * and the focus after moving to another page, radio groups as one Tab stop, sort buttons named in
 * Polish, dark colours chosen on the account page, amounts typed the Polish and the English way,
 * and every page at 320 CSS px without sideways scrolling, with a one-line top bar whose menu
 * works by keyboard, and every dialog button and a grid row's actions on screen.
 */
class KeyboardZoomPhoneIT extends BrowserTest {

    /** What has the keyboard focus, in words: a radio button by its label (and whether it is checked). */
    private static final String FOCUSED = """
            const element = document.activeElement;
            const radio = element.closest('vaadin-radio-button');
            if (radio) { return 'radio ' + radio.textContent.trim() + (element.checked ? ' (checked)' : ''); }
            return element.localName + ' ' + element.textContent.trim().substring(0, 60);
            """;
    /**
     * The first row of the main grid brought into view vertically: its buttons' names and boxes,
     * how far the grid's own scroller is scrolled sideways, and how much wider than the grid its
     * columns are.
     */
    private static final String FIRST_ROW_ACTIONS = """
            const grid = document.querySelector('main vaadin-grid');
            const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(tr => !tr.hidden);
            row.scrollIntoView({block: 'center', inline: 'nearest'});
            const table = grid.shadowRoot.querySelector('#table');
            const buttons = [...row.querySelectorAll('td slot')].flatMap(slot => slot.assignedElements())
                .flatMap(cell => [...cell.querySelectorAll('vaadin-button')])
                .map(button => ({box: button.getBoundingClientRect(), name: button.getAttribute('aria-label')}))
                .map(button => button.name + ' at ' + Math.round(button.box.left) + '..' + Math.round(button.box.right)
                    + (button.box.left >= 0 && button.box.right <= document.documentElement.clientWidth
                       && button.box.top >= 0 && button.box.bottom <= window.innerHeight ? ' on screen' : ' off screen'));
            return {buttons: buttons, gridScrolledSideways: table.scrollLeft,
                    columnsWiderThanGrid: table.scrollWidth - table.clientWidth};
            """;
    /** The buttons of open dialogs that do not lie fully within the window's width. */
    private static final String DIALOG_BUTTONS_OFF_SCREEN = """
            return [...document.querySelectorAll('vaadin-dialog[opened] vaadin-button')]
                .map(button => ({text: button.textContent.trim(), box: button.getBoundingClientRect()}))
                .filter(button => button.box.left < 0 || button.box.right > window.innerWidth)
                .map(button => button.text + ' at ' + Math.round(button.box.left) + '..' + Math.round(button.box.right));
            """;

    /** Lumo's page backgrounds, light and dark. */
    private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";
    private static final String DARK_BACKGROUND = "rgb(35, 51, 72)";

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @AfterEach
    void fullSizeAgain() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void the_favicon_is_there_for_everyone() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        open("/login");
        assertThat(driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href")).endsWith("/favicon.ico");
    }

    @Test
    void a_keyboard_user_skips_the_top_bar_starts_at_each_new_heading_and_tabs_once_through_a_radio_group() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS");
        open("/login");
        new LoginPage(driver).signIn(administrator, Fixtures.PASSWORD);
        String start = driver.getCurrentUrl();

        // "Skip to content" is the first Tab stop and moves the focus into this page's content.
        assertThat(press(Keys.TAB)).isEqualTo("a Skip to content");
        press(Keys.ENTER);
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).as("the page stays").isEqualTo(start);
        assertThat(focusIsInMain()).as("the focus is in the main content").isTrue();

        // A top-bar entry chosen by keyboard: the focus starts at the new page's heading.
        topBarEntry("Admin panel").sendKeys(Keys.ENTER);
        waiting(driver).until(ExpectedConditions.urlContains("/admin"));
        waitForVaadin();
        assertThat(focused()).isEqualTo("h1 Admin panel");
        press(Keys.TAB);
        assertThat(focusIsInMain()).as("the next Tab stays in the page, not the top bar").isTrue();

        // The new user's language, in a dialog (whose focus trap used to stop at every option): one
        // Tab stop, on the checked option (English, the second one), both ways.
        var form = new AdminPanelPage(driver).createNewUser();
        assertThat(tabToRadioGroup()).isEqualTo("radio English (checked)");
        assertThat(press(Keys.TAB)).as("the next Tab leaves the group").doesNotStartWith("radio");
        assertThat(pressShiftTab()).isEqualTo("radio English (checked)");
        assertThat(pressShiftTab()).as("Shift+Tab leaves the group too").doesNotStartWith("radio");
        form.click("Cancel");
        form.waitUntilClosed();

        topBarEntry("Account information").sendKeys(Keys.ENTER);
        waiting(driver).until(ExpectedConditions.urlContains("/account"));
        waitForVaadin();
        assertThat(focused()).isEqualTo("h1 Account information");
        assertThat(tabToRadioGroup()).isEqualTo("radio English (checked)");
        assertThat(press(Keys.ARROW_UP)).as("arrows move and choose within the group").isEqualTo("radio Polski (checked)");
        assertThat(press(Keys.TAB)).isEqualTo("vaadin-button Change language");
        assertThat(pressShiftTab()).as("back into the group, on the checked option").isEqualTo("radio Polski (checked)");

        // The colour scheme: one Tab stop too, and each option takes effect as the arrows reach it.
        assertThat(bodyBackground()).as("light, as the system asks").isEqualTo(LIGHT_BACKGROUND);
        assertThat(tabToRadioGroup()).isEqualTo("radio As set on this device (checked)");
        assertThat(press(Keys.ARROW_DOWN)).isEqualTo("radio Light (checked)");
        assertThat(press(Keys.ARROW_DOWN)).isEqualTo("radio Dark (checked)");
        assertThat(bodyBackground()).as("dark at once").isEqualTo(DARK_BACKGROUND);
        assertThat(press(Keys.TAB)).isEqualTo("vaadin-button Change password");

        // In Polish, the grid's sort buttons are named in Polish too.
        open("/admin");
        assertThat(bodyBackground()).as("dark on every page, once chosen").isEqualTo(DARK_BACKGROUND);
        new TopBar(driver).switchLanguage();
        var sorters = driver.findElements(By.cssSelector("main vaadin-grid vaadin-grid-sorter"));
        assertThat(sorters).isNotEmpty();
        assertThat(sorters).extracting(WebElement::getAccessibleName)
                .contains("Sortuj według kolumny Imię i nazwisko", "Sortuj według kolumny E-mail")
                .allMatch(name -> name.startsWith("Sortuj według kolumny "));
        Accessibility.assertNoViolations(driver, "the admin panel in Polish");
    }

    @Test
    void on_a_phone_amounts_typed_either_way_are_the_same_and_no_page_or_dialog_is_wider_than_the_screen() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS", "PREPARE_QUOTES");
        String colleague = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(fixtures.user(company)));
        open("/login");
        new LoginPage(driver).signIn(administrator, Fixtures.PASSWORD);
        new TopBar(driver).switchLanguage();
        driver.manage().window().setSize(new Dimension(320, 800));
        assertThat(script("return window.innerWidth")).as("the window really is a phone's").isEqualTo(320L);

        for (String page : List.of("/", "/account", "/delivery-addresses", "/quotes", "/audit-log")) {
            assertFitsTheScreen(page);
        }

        // The top bar is one line, the product's name and "Menu"; the menu opens below it and Tab
        // goes into it next; Escape closes it, back on the button; an entry chosen in it closes it.
        var menu = driver.findElement(By.cssSelector("header.top-bar .menu-button"));
        assertThat(driver.findElement(By.cssSelector("header.top-bar")).getRect().getHeight())
                .as("the top bar's height").isLessThanOrEqualTo(64);
        assertThat(menu.getAccessibleName().strip()).isEqualTo("Menu");
        assertThat(topBarEntry("Informacje o koncie").isDisplayed()).isFalse();
        script("arguments[0].focus()", menu);
        assertThat(press(Keys.ENTER)).isEqualTo("vaadin-button Menu");
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(press(Keys.TAB)).as("the first entry").startsWith("a ");
        assertThat(focusIsIn("#" + menu.getDomAttribute("aria-controls"))).isTrue();
        screenshot("320-menu-open-pl");
        Accessibility.assertNoViolations(driver, "the open menu at 320 px in Polish");
        assertThat(press(Keys.ESCAPE)).isEqualTo("vaadin-button Menu");
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(topBarEntry("Informacje o koncie").isDisplayed()).isFalse();
        press(Keys.ENTER);
        topBarEntry("Informacje o koncie").click();
        waiting(driver).until(ExpectedConditions.urlContains("/account"));
        waitForVaadin();
        assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(focused()).isEqualTo("h1 Informacje o koncie");
        assertFitsTheScreen("/company-logo");
        scrollTo(driver.findElement(By.tagName("vaadin-upload")));
        screenshot("320-company-logo-pl");

        assertFitsTheScreen("/admin");
        var panel = new AdminPanelPage(driver);
        var create = panel.createNewUser();
        assertThat(dialogButtonsOffScreen()).as("the user form's buttons").isEmpty();
        screenshot("320-user-form-pl");
        Accessibility.assertNoViolations(driver, "the user form at 320 px in Polish");
        create.click("Anuluj");
        create.waitUntilClosed();
        panel.waitForRow(colleague);
        // The row's actions stay at the grid's end while its other columns scroll beneath them:
        // on screen without scrolling anything sideways.
        var firstRow = firstRowActions();
        assertThat(firstRow.get("columnsWiderThanGrid")).as("the columns do not fit a phone")
                .asInstanceOf(InstanceOfAssertFactories.LONG).isPositive();
        assertThat(firstRow.get("buttons")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2)
                .allMatch(button -> button.toString().endsWith(" on screen"));
        assertThat(firstRow.get("gridScrolledSideways")).isEqualTo(0L);
        assertThat(pageWidth()).as("the admin panel").isLessThanOrEqualTo(viewportWidth());
        assertThat(driver.findElement(By.cssSelector("main .row-count")).getText()).isEqualTo("2 użytkownicy");
        screenshot("320-admin-panel-pl");
        var edit = panel.rowButton("Edytuj: " + colleague);
        scrollTo(edit);
        edit.click();
        waitForVaadin();
        driver.findElement(By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space()='Usuń użytkownika']")).click();
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog[opened] p.delete-question")));
        waitForVaadin();
        assertThat(dialogButtonsOffScreen()).as("the delete confirmation's buttons").isEmpty();
        screenshot("320-delete-confirmation-pl");
        Accessibility.assertNoViolations(driver, "the delete confirmation at 320 px in Polish");
        open("/quotes/new");

        // The same price typed the English way and the Polish way; "1,299" alone is not guessed.
        type("Nazwa klienta", 0, "Jan Kowalski");
        type("Ulica i numer", 0, "ul. Długa 5");
        type("Kod pocztowy", 0, "80-001");
        type("Miejscowość", 0, "Gdańsk");
        type("Produkt", 0, "Zawór");
        type("Cena jedn. netto", 0, "1299.00");
        driver.findElement(By.xpath("//main//vaadin-button[normalize-space()='Dodaj pozycję']")).click();
        waitForVaadin();
        type("Produkt", 1, "Zawór zwrotny");
        type("Cena jedn. netto", 1, "1,299");
        var ambiguous = field("Cena jedn. netto", 1);
        assertThat(ambiguous.getAttribute("invalid")).as("refused at the field").isNotNull();
        assertThat(ambiguous.getDomProperty("errorMessage")).startsWith("Niejasne: 1299 czy 1,299?");
        Accessibility.assertNoViolations(driver, "the quote form with a refused amount at 320 px");
        type("Cena jedn. netto", 1, "1 299,00");
        assertThat(driver.findElements(By.className("quote-line-amount"))).extracting(KeyboardZoomPhoneIT::text)
                .containsExactly("Wartość netto: 1\u00a0299,00\u00a0zł", "Wartość netto: 1\u00a0299,00\u00a0zł");
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());
        var save = driver.findElement(By.cssSelector("main .quote-save"));
        save.click();
        waitForNewPage(driver, save);

        // The printable quote: the lines table scrolls in its own box, the page does not.
        waiting(driver).until(ExpectedConditions.urlContains("/print"));
        assertThat(driver.findElements(By.cssSelector(".quote-lines-table td.number"))).extracting(KeyboardZoomPhoneIT::text)
                .contains("1\u00a0299,00\u00a0zł");
        assertThat(pageWidth()).as("the printable quote").isLessThanOrEqualTo(viewportWidth());
        scrollTo(driver.findElement(By.className("quote-lines-scroller")));
        screenshot("320-quote-print-pl");
        Accessibility.assertNoViolations(driver, "the printable quote at 320 px");
        new TopBar(driver).signOut();

        // The back office, in English.
        new LoginPage(driver).signIn(fixtures.staff(), Fixtures.PASSWORD);
        for (String page : List.of("/back-office/company/" + company, "/back-office/address-requests", "/sent-mail")) {
            assertFitsTheScreen(page);
        }
        assertFitsTheScreen("/back-office");
        screenshot("320-back-office-en");
        Accessibility.assertNoViolations(driver, "the back office at 320 px");
        driver.findElement(By.xpath("//main//vaadin-button[normalize-space()='Register company']")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        waitForVaadin();
        assertThat(dialogButtonsOffScreen()).as("the register dialog's buttons").isEmpty();
    }

    private void assertFitsTheScreen(String page) {
        open(page);
        if (pageWidth() > viewportWidth()) {
            screenshot("320-too-wide" + page.replace('/', '-'));
        }
        assertThat(pageWidth()).as("the width of " + page + "; wider than the screen: " + widest())
                .isLessThanOrEqualTo(viewportWidth());
    }

    /** The innermost elements that reach past the screen's right edge, as "tag.class (right edge)", for the failure's message. */
    private Object widest() {
        return script("""
                const edge = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > edge + 1
                        && ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ('
                        + Math.round(e.getBoundingClientRect().right) + ') ' + (e.textContent || '').trim().slice(0, 40))
                    .join(' | ');
                """);
    }

    private long pageWidth() {
        return (Long) script("return document.documentElement.scrollWidth");
    }

    private long viewportWidth() {
        return (Long) script("return document.documentElement.clientWidth");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstRowActions() {
        return (Map<String, Object>) script(FIRST_ROW_ACTIONS);
    }

    @SuppressWarnings("unchecked")
    private List<String> dialogButtonsOffScreen() {
        return (List<String>) script(DIALOG_BUTTONS_OFF_SCREEN);
    }

    private WebElement topBarEntry(String name) {
        return driver.findElement(By.xpath("//header[contains(@class,'top-bar')]//nav//a[normalize-space()='" + name + "']"));
    }

    /** Presses Tab until a radio button has the focus (the next group), at most a dozen times. */
    private String tabToRadioGroup() {
        for (int i = 0; i < 12; i++) {
            String focused = press(Keys.TAB);
            if (focused.startsWith("radio")) {
                return focused;
            }
        }
        return focused();
    }

    private String press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
        waitForVaadin();
        return focused();
    }

    private String pressShiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return focused();
    }

    private String focused() {
        return (String) script(FOCUSED);
    }

    private boolean focusIsInMain() {
        return focusIsIn("main");
    }

    private boolean focusIsIn(String selector) {
        return Boolean.TRUE.equals(script("return document.activeElement.closest(arguments[0]) !== null", selector));
    }

    private String bodyBackground() {
        return (String) script("return getComputedStyle(document.body).backgroundColor");
    }

    private WebElement field(String label, int line) {
        return driver.findElements(By.xpath("//main//vaadin-text-field[label[normalize-space()='" + label + "']]")).get(line);
    }

    /** Types into a text field as a user does, then leaves it (which is when the value counts). */
    private void type(String label, int line, String text) {
        var input = field(label, line).findElement(By.tagName("input"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    /** The text as the page holds it, no-break spaces included (getText turns them into spaces). */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent").strip();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
