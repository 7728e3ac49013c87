package org.extranet.account;

import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages reached without signing in: "Forgot password?", its answer, and the set-password page. */
public class PasswordPages extends PageObject {


    public PasswordPages(WebDriver driver) {
        super(driver);
    }

    /** Clicks "Forgot password?" on the sign-in page. */
    public void forgotPasswordFromSignIn() {
        var form = driver.findElement(By.tagName("vaadin-login-form"));
        form.findElement(By.cssSelector("vaadin-button[slot='forgot-password']")).click();
        waiting(driver).until(ExpectedConditions.urlContains("/forgot-password"));
        waitForVaadin(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    /** The first paragraph under the heading. */
    public String text() {
        return driver.findElement(By.cssSelector("main h1 + p")).getText().strip();
    }

    /** Types into the field with the given label, such as "Email" or "New password". */
    public PasswordPages type(String label, String text) {
        var input = driver.findElement(By.xpath("//main//*[label[normalize-space()='" + label + "']]//input"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks the form's main button and waits for the answer. */
    public void submit() {
        var button = driver.findElement(By.cssSelector("main vaadin-button[theme~='primary']"));
        button.click();
        waiting(driver).until(ExpectedConditions.stalenessOf(button));
        waitForVaadin(driver);
    }

    /** Follows the link to the sign-in page. */
    public void goToSignIn() {
        WebElement link = driver.findElement(By.cssSelector("main a[href='login']"));
        link.click();
        waitForNewPage(driver, link);
    }
}
