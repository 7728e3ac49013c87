package org.extranet.address;

import org.extranet.browser.PageObject;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff's Address requests inbox and its dialogs, found by what a user reads and hears. */
public class AddressRequestsPage extends PageObject {

    public AddressRequestsPage(WebDriver driver) {
        super(driver);
    }

    public void openFromTopBar(String entry) {
        followTopBarEntry(entry, "/back-office/address-requests");
    }

    /**
     * Clicks a row's button by its accessible name ("Accept the request for …"). The inbox holds
     * every company's requests, oldest first, so the newest are scrolled into view first.
     */
    public void decide(String accessibleName) {
        var grid = grid();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(arguments[0].size - 1);", grid);
        waitForVaadin(driver);
        By button = By.xpath("//vaadin-button[@aria-label=\"" + accessibleName + "\"]");
        waiting(driver).until(ExpectedConditions.elementToBeClickable(button)).click();
        waiting(driver).until(browser -> dialogIsOpen());
        // Wait for the opening animation to end, as a user would, and as the contrast checks need.
        waiting(driver).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running'"
                        + " || !isFinite(a.effect.getComputedTiming().endTime));")));
        waitForVaadin(driver);
    }

    public boolean dialogIsOpen() {
        return !driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty();
    }

    public String value(String label) {
        return input(label).getDomProperty("value");
    }

    /** Replaces what a field holds, as typing over a selection does. */
    public void retype(String label, String value) {
        var input = input(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    public void closeDialogWith(String buttonText) {
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + buttonText + "']")).click();
        waiting(driver).until(browser -> !dialogIsOpen());
        waitForVaadin(driver);
    }

    /** The texts of the visible rows' cells, header and unused rows left out. */
    public List<List<String>> rows() {
        return rowsOf(grid());
    }

    private WebElement grid() {
        return driver.findElement(By.cssSelector("main vaadin-grid.address-request-inbox"));
    }

    private WebElement input(String label) {
        return driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space()='" + label + "']]//input"));
    }
}
