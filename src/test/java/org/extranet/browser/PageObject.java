package org.extranet.browser;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page object of a signed-in page does the same way: the top bar, the heading, a grid's rows. */
public abstract class PageObject {

    protected final WebDriver driver;

    protected PageObject(WebDriver driver) {
        this.driver = driver;
    }

    /** Follows the top bar's entry of that name and waits for the page whose address contains {@code path}. */
    protected void followTopBarEntry(String entry, String path) {
        unfoldTopBarMenu();
        driver.findElement(By.xpath("//header[contains(@class,'top-bar')]//nav//a[normalize-space()='" + entry + "']"))
                .click();
        waiting(driver).until(ExpectedConditions.urlContains(path));
        waitForVaadin(driver);
    }

    /** On a phone the top bar's entries and tools are behind its "Menu" button: opens the menu if it is folded. */
    protected void unfoldTopBarMenu() {
        var buttons = driver.findElements(By.cssSelector("header.top-bar .menu-button"));
        if (!buttons.isEmpty() && buttons.getFirst().isDisplayed()
                && "false".equals(buttons.getFirst().getDomAttribute("aria-expanded"))) {
            buttons.getFirst().click();
            waiting(driver).until(browser -> "true".equals(buttons.getFirst().getDomAttribute("aria-expanded")));
        }
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    /** The texts of a grid's visible rows' cells, header and unused rows left out. */
    @SuppressWarnings("unchecked")
    protected List<List<String>> rowsOf(WebElement grid) {
        // The grid's rows live in its shadow DOM; their cells' contents are slotted in from the light DOM.
        var rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript("""
                return [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden)
                    .map(row => [...row.querySelectorAll('td slot')]
                        .map(slot => slot.assignedElements().map(cell => cell.textContent.trim()).join('')));
                """, grid);
        return rows.stream().filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty())).toList();
    }
}
