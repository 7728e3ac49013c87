package org.extranet.passkey;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Passkeys" on Account information, used with the keyboard as far as the browser lets a test. */
public class PasskeysSection extends PageObject {

    public PasskeysSection(WebDriver driver) {
        super(driver);
    }

    /** The passkeys' names, in the order listed. */
    public List<String> names() {
        return driver.findElements(By.cssSelector(".your-passkeys .passkey-name")).stream()
                .map(name -> name.getText().strip()).toList();
    }

    /**
     * "Add a passkey", the name typed, "Create passkey": the browser (its authenticator) makes the
     * passkey; waits for the notice that says it was added, and returns its text.
     */
    public String add(String name) {
        driver.findElement(By.cssSelector("vaadin-button.add-passkey")).sendKeys(Keys.SPACE);
        var field = waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-dialog .passkey-name-dialog input, .passkey-name-dialog input")));
        field.sendKeys(name);
        driver.findElement(By.cssSelector("vaadin-button.passkey-name-save")).sendKeys(Keys.SPACE);
        var notice = waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-notification-card"))).getText().strip();
        waitForVaadin(driver);
        return notice;
    }

    /** Brings the section into view, for a screenshot. */
    public void show() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.your-passkeys').scrollIntoView({block: 'start'})");
    }
}
