package org.extranet.mail;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Sent mail": the list, one mail read in full, and the window with a new link shown once. */
public class SentMailPage extends PageObject {

    public SentMailPage(WebDriver driver) {
        super(driver);
    }

    public void openFromTopBar() {
        followTopBarEntry("Sent mail", "/sent-mail");
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main vaadin-grid")));
    }

    /** Types into the search field; the list follows once typing pauses. */
    public void search(String text) {
        var input = driver.findElement(By.cssSelector("main vaadin-text-field input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        waiting(driver).until(browser -> rows().size() == 1 && rows().getFirst().contains(text));
        waitForVaadin(driver);
    }

    public List<List<String>> rows() {
        return rowsOf(driver.findElement(By.cssSelector("main vaadin-grid")));
    }

    /** Opens the mail to this recipient from the list and waits until it is shown below. */
    public void read(String recipient) {
        driver.findElement(By.xpath("//main//vaadin-grid-cell-content[normalize-space()='" + recipient + "']")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .mail-message h2")));
        waitForVaadin(driver);
    }

    /** The plain-text part of the mail shown. */
    public String mailText() {
        return driver.findElement(By.cssSelector("main pre.mail-text")).getText();
    }

    /** Clicks the button with this text (its own text: a tooltip's text is inside the button too). */
    public void click(String button) {
        driver.findElement(By.xpath("//main//vaadin-button[text()[normalize-space()='" + button + "']]")).click();
        waitForVaadin(driver);
    }

    /** The link in the window that shows a new one, once it is open. */
    public String shownLink() {
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-dialog[@opened]")));
        return driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space()='Set-password link']]//input"))
                .getDomProperty("value");
    }

    public void closeWindow() {
        driver.findElement(By.xpath("//vaadin-button[@slot='footer' or ancestor::*[@slot='footer']]"
                + "[normalize-space()='Close']")).click();
        waiting(driver).until(browser -> browser.findElements(By.xpath("//vaadin-dialog[@opened]")).isEmpty());
        waitForVaadin(driver);
    }
}
