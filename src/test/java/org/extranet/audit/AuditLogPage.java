package org.extranet.audit;

import org.extranet.browser.PageObject;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The audit log: its heading, the line saying whose events it shows, and the events' rows. */
public class AuditLogPage extends PageObject {

    public AuditLogPage(WebDriver driver) {
        super(driver);
    }

    /** The paragraphs above the filters: the introduction and the scope ("Events of …"). */
    public List<String> paragraphs() {
        return driver.findElements(By.cssSelector("main p")).stream().map(p -> p.getText().strip()).toList();
    }

    /**
     * The texts of the visible rows' cells, header and unused rows left out. The "Who" cell reads
     * as the actor followed by the "on behalf" badge when there is one.
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> rows() {
        var rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript("""
                return [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden)
                    .map(row => [...row.querySelectorAll('td slot')]
                        .map(slot => slot.assignedElements().map(cell => cell.innerText.replace(/\\s+/g, ' ').trim()).join('')));
                """, grid());
        return rows.stream().filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty())).toList();
    }

    /** Waits until the log shows at least this many events (it loads them after the page). */
    public void waitForRows(int count) {
        waiting(driver).until(browser -> rows().size() >= count);
    }

    private WebElement grid() {
        return driver.findElement(By.cssSelector("main vaadin-grid"));
    }
}
