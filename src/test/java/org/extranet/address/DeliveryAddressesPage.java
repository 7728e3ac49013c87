package org.extranet.address;

import org.extranet.browser.PageObject;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Delivery addresses page and its request form, found the way a user finds them: by visible names. */
public class DeliveryAddressesPage extends PageObject {

    public DeliveryAddressesPage(WebDriver driver) {
        super(driver);
    }

    /** Follows the top bar's entry of that name. */
    public void openFromTopBar(String entry) {
        followTopBarEntry(entry, "/delivery-addresses");
    }

    /** Each listed address as one line of text, in the order shown. */
    public List<String> addresses() {
        return driver.findElements(By.cssSelector("main .address-list li")).stream()
                .map(item -> item.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    public void openRequestForm(String buttonText) {
        button(buttonText).click();
        waiting(driver).until(browser -> formIsOpen());
        // Wait for the opening animation to end: a half-transparent form is neither what a user
        // reads nor what the contrast checks should measure.
        waiting(driver).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running'"
                        + " || !isFinite(a.effect.getComputedTiming().endTime));")));
        waitForVaadin(driver);
    }

    public boolean formIsOpen() {
        return !driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty();
    }

    /** Types into the visible field of that label (a page may hold hidden ones of the same name, as in tabs). */
    public void fill(String label, String value) {
        var input = driver.findElements(By.xpath("//vaadin-text-field[label[normalize-space()='" + label + "']]//input"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks a button of the form's footer (send or cancel) and waits until the form has closed. */
    public void closeFormWith(String buttonText) {
        button(buttonText).click();
        waiting(driver).until(browser -> !formIsOpen());
        waitForVaadin(driver);
    }

    /** The rows of "Your requests", each as the texts of its cells; header and unused rows left out. */
    public List<List<String>> requests() {
        return rowsOf(driver.findElement(By.cssSelector("main vaadin-grid.address-requests")));
    }

    private WebElement button(String text) {
        return driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + text + "']"));
    }
}
