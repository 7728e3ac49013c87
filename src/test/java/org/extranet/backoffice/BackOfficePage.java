package org.extranet.backoffice;

import org.extranet.browser.PageObject;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office's company directory: search, the list of companies, and the way into one of them. */
public class BackOfficePage extends PageObject {

    public BackOfficePage(WebDriver driver) {
        super(driver);
    }

    /** Follows the top bar's entry of that name ("Back office", "Zaplecze"). */
    public void openFromTopBar(String entry) {
        driver.findElement(By.xpath("//header[contains(@class,'top-bar')]//nav//a[normalize-space()='" + entry + "']"))
                .click();
        waiting(driver).until(ExpectedConditions.urlMatches("/back-office$"));
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main vaadin-grid")));
        waitForVaadin(driver);
    }

    /** Follows one of the back office's links to its other pages ("Service department accounts") and waits for its list. */
    public void openLink(String name) {
        driver.findElement(By.xpath("//div[contains(@class,'back-office-links')]//a[normalize-space()='" + name + "']"))
                .click();
        waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlMatches("/back-office$")));
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main vaadin-grid")));
        waitForVaadin(driver);
    }

    /** Types into the search field as a user does; the list follows once typing pauses. */
    public void search(String text) {
        var input = driver.findElement(By.cssSelector("main vaadin-text-field input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        waiting(driver).until(browser -> rows().size() == 1 && rows().getFirst().contains(text));
        waitForVaadin(driver);
    }

    /** The texts of the visible rows' cells, header and unused rows left out. */
    public List<List<String>> rows() {
        return rowsOf(grid());
    }

    /** Clicks the row's "Open" button, whose accessible name names the company, and waits for its page. */
    public CompanyPageObject open(String companyName) {
        var open = driver.findElement(By.xpath("//main//vaadin-grid//vaadin-button[@aria-label=\"Open " + companyName
                + "\" or @aria-label=\"Otwórz " + companyName + "\"]"));
        open.click();
        waiting(driver).until(ExpectedConditions.urlContains("/back-office/company/"));
        waitForVaadin(driver);
        return new CompanyPageObject(driver);
    }

    private WebElement grid() {
        return driver.findElement(By.cssSelector("main vaadin-grid"));
    }
}
