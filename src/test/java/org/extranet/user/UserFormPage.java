package org.extranet.user;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The user form in its window, and the confirmation it asks before deleting. */
public class UserFormPage extends PageObject {


    private UserFormPage(WebDriver driver) {
        super(driver);
    }

    static UserFormPage waitFor(WebDriver driver) {
        waitForVaadin(driver);
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//vaadin-dialog-overlay | //vaadin-dialog[@opened]")));
        return new UserFormPage(driver);
    }

    public String title() {
        return driver.findElement(By.cssSelector("[slot='title'], h2")).getText().strip();
    }

    public void type(String label, String text) {
        var input = driver.findElement(By.xpath("//*[self::vaadin-text-field or self::vaadin-email-field]"
                + "[label[normalize-space()='" + label + "']]//input"));
        input.clear();
        input.sendKeys(text);
    }

    public void choose(String option) {
        driver.findElement(By.xpath("//vaadin-radio-button[label[normalize-space()='" + option + "']]//input")).click();
    }

    public void check(String permission) {
        driver.findElement(By.xpath("//vaadin-checkbox[label[normalize-space()='" + permission + "']]//input")).click();
    }

    /** A button of the window's footer, by its text. */
    public void click(String button) {
        footerButton(button).click();
        waitForVaadin(driver);
    }

    public WebElement footerButton(String text) {
        return driver.findElement(By.xpath("//vaadin-button[@slot='footer' or ancestor::*[@slot='footer']]"
                + "[normalize-space()='" + text + "']"));
    }

    public boolean isOpen() {
        return !driver.findElements(By.xpath("//vaadin-dialog[@opened]")).isEmpty();
    }

    /** Whether the keyboard focus is on the button with this text. */
    public boolean hasFocusOn(String button) {
        return driver.switchTo().activeElement().getText().strip().equals(button);
    }

    public void waitUntilClosed() {
        waiting(driver).until(browser -> !isOpen());
        waitForVaadin(driver);
    }

    /** Whether the keyboard focus is in the field with this label. */
    public boolean hasFocusIn(String label) {
        WebElement focused = driver.switchTo().activeElement();
        return !focused.findElements(By.xpath("ancestor::*[label[normalize-space()='" + label + "']]")).isEmpty();
    }

    /** "Delete user", answered in the confirmation that names the user; returns its text. */
    public String deleteUserConfirmationText() {
        click("Delete user");
        var text = waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-dialog[opened] p.delete-question")));
        return text.getText().strip();
    }

    public void confirmDelete() {
        driver.findElement(By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space()='Delete']")).click();
        waitForVaadin(driver);
    }
}
