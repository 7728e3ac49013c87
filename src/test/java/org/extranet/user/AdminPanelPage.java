package org.extranet.user;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import java.util.Optional;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The admin panel: the user list with its filters, row actions and "Create new user". */
public class AdminPanelPage extends PageObject {

    /** The texts of the grid row that shows an e-mail address, cell by cell (the grid renders rows in its light DOM). */
    private static final String ROW_TEXTS = """
            const content = [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                .find(cell => cell.textContent.trim() === arguments[1]);
            if (!content || !content.assignedSlot) { return null; }
            const row = content.assignedSlot.closest('tr');
            return [...row.children].map(cell => {
                const slot = cell.querySelector('slot');
                const node = slot && slot.assignedNodes()[0];
                return node ? node.textContent.trim() : '';
            });
            """;


    public AdminPanelPage(WebDriver driver) {
        super(driver);
    }

    public boolean isShown() {
        return !driver.findElements(By.cssSelector("main vaadin-grid")).isEmpty();
    }

    public String gridName() {
        return grid().getDomProperty("accessibleName");
    }

    /** The cells of the row showing this e-mail address, or null when no row shows it. */
    @SuppressWarnings("unchecked")
    public List<String> row(String email) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(ROW_TEXTS, grid(), email);
    }

    public void waitForRow(String email) {
        waiting(driver).until(browser -> row(email) != null);
    }

    public void waitForNoRow(String email) {
        waiting(driver).until(browser -> row(email) == null);
    }

    public void waitForStatus(String email, String status) {
        waiting(driver).until(browser -> row(email) != null && row(email).contains(status));
    }

    public UserFormPage createNewUser() {
        createButton().click();
        return UserFormPage.waitFor(driver);
    }

    public WebElement createButton() {
        return driver.findElement(By.xpath("//main//vaadin-button[normalize-space()='Create new user' or normalize-space()='Utwórz nowego użytkownika']"));
    }

    /** A row's icon button by its accessible name, such as "Lock Ewa Lis". */
    public WebElement rowButton(String accessibleName) {
        return driver.findElement(By.cssSelector("vaadin-grid vaadin-button[aria-label='" + accessibleName + "']"));
    }

    /** The tooltip text a row button shows (the seed's label). */
    public String tooltipOf(WebElement button) {
        return button.findElement(By.tagName("vaadin-tooltip")).getAttribute("text");
    }

    public void clickRowButton(String accessibleName) {
        rowButton(accessibleName).click();
        waitForVaadin(driver);
    }

    public UserFormPage edit(String fullName) {
        clickRowButton("Edit " + fullName);
        return UserFormPage.waitFor(driver);
    }

    /**
     * The text of the newest notification on screen once it says this, or whatever the newest one says
     * when none comes to: a notification appears a moment after the action that shows it, and an
     * earlier action's may still be on screen until then.
     */
    public String notificationSaying(String text) {
        try {
            return waiting(driver).ignoring(StaleElementReferenceException.class)
                    .until(browser -> newestNotification().filter(newest -> newest.contains(text)).orElse(null));
        } catch (TimeoutException none) {
            return newestNotification().orElse("no notification");
        }
    }

    private Optional<String> newestNotification() {
        var cards = driver.findElements(By.tagName("vaadin-notification-card"));
        return cards.isEmpty() ? Optional.empty() : Optional.of(cards.getLast().getText().strip());
    }

    /**
     * Waits until no notification is fading in or out: mid-animation their half-transparent text
     * would be measured for contrast.
     */
    public void waitForSettledNotifications() {
        waiting(driver).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('vaadin-notification-card')]"
                        + ".every(card => !card.hasAttribute('opening') && !card.hasAttribute('closing'))")));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private WebElement grid() {
        return driver.findElement(By.cssSelector("main vaadin-grid"));
    }
}
