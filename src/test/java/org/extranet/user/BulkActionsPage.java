package org.extranet.user;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin panel's bulk actions: the selection column, the bar above the grid, the result window. */
public class BulkActionsPage extends PageObject {

    /** The selection checkbox in the row that shows an e-mail address. */
    private static final String ROW_CHECKBOX = """
            const content = [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                .find(cell => cell.textContent.trim() === arguments[1]);
            if (!content || !content.assignedSlot) { return null; }
            const row = content.assignedSlot.closest('tr');
            const slot = row.querySelector('td slot');
            const node = slot && slot.assignedNodes()[0];
            return node ? node.querySelector('vaadin-checkbox') : null;
            """;

    public BulkActionsPage(WebDriver driver) {
        super(driver);
    }

    /** Selects the user's row from the keyboard: the focus on the row's checkbox, then Space. */
    public void selectWithKeyboard(String email) {
        waiting(driver).until(browser -> checkbox(email) != null);
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", checkbox(email));
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        waitForVaadin(driver);
        waiting(driver).until(browser -> checkbox(email).getDomAttribute("checked") != null);
    }

    private WebElement checkbox(String email) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(ROW_CHECKBOX,
                driver.findElement(By.cssSelector("main vaadin-grid")), email);
    }

    public String selection() {
        return driver.findElement(By.cssSelector(".bulk-selection")).getText().strip();
    }

    /** A bulk action's button, pressed with Enter. */
    public void press(String action) {
        var button = driver.findElement(By.xpath("//div[contains(@class,'bulk-actions')]//vaadin-button"
                + "[normalize-space()='" + action + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", button);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    /** Waits for the result window, which opens once the run on the server has ended. */
    public void waitForResult() {
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-dialog[opened].bulk-result p.bulk-result-summary")));
        waitForVaadin(driver);
    }

    public String resultSummary() {
        return driver.findElement(By.cssSelector("vaadin-dialog[opened].bulk-result p.bulk-result-summary")).getText().strip();
    }

    /** The result window's rows, cell by cell. */
    public List<List<String>> resultRows() {
        return rowsOf(driver.findElement(By.cssSelector("vaadin-dialog[opened].bulk-result vaadin-grid")));
    }

    /** Closes the result window from the keyboard (the focus starts on Close). */
    public void closeResult() {
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting(driver).until(browser -> browser.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waitForVaadin(driver);
    }

    public String focusedText() {
        return driver.switchTo().activeElement().getText().strip();
    }
}
