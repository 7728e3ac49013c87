package org.extranet.account;

import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Where the welcome link leads: choose a password, then go on to the sign-in page. */
public class SetPasswordPage extends PageObject {


    public SetPasswordPage(WebDriver driver) {
        super(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    public void setPassword(String password) {
        type("New password", password);
        type("Repeat new password", password);
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Set password']")).click();
        waitForVaadin(driver);
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//main//h1[normalize-space()='Your password is set']")));
    }

    /** After the password is set: the link to the sign-in page. */
    public void goToSignIn() {
        WebElement link = driver.findElement(By.xpath("//main//a[normalize-space()='Go to the sign-in page']"));
        link.click();
        waitForNewPage(driver, link);
    }

    private void type(String label, String text) {
        var input = driver.findElement(By.xpath("//vaadin-password-field[label[normalize-space()='" + label + "']]//input"));
        input.clear();
        input.sendKeys(text);
    }
}
