package org.extranet.address;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Delivery addresses page and its request form, found the way a user finds them: by visible names. */
public class DeliveryAddressesPage {

    private final WebDriver driver;

    public DeliveryAddressesPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Follows the top bar's entry of that name. */
    public void openFromTopBar(String entry) {
        driver.findElement(By.xpath("//header[contains(@class,'top-bar')]//nav//a[normalize-space()='" + entry + "']"))
                .click();
        waiting(driver).until(ExpectedConditions.urlContains("/delivery-addresses"));
        waitForVaadin(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
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
    @SuppressWarnings("unchecked")
    public List<List<String>> requests() {
        var grid = driver.findElement(By.cssSelector("main vaadin-grid.address-requests"));
        // The grid's rows live in its shadow DOM, their cell contents are slotted in from the light DOM.
        var rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript("""
                return [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden)
                    .map(row => [...row.querySelectorAll('td slot')]
                        .map(slot => slot.assignedElements().map(cell => cell.textContent.trim()).join('')));
                """, grid);
        return rows.stream().filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty())).toList();
    }

    private WebElement button(String text) {
        return driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + text + "']"));
    }
}
