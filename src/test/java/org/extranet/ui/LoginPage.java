package org.extranet.ui;

import static org.extranet.browser.BrowserTest.waitForNewPage;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The sign-in page as a user meets it: Vaadin's {@code <vaadin-login-form>}, whose inputs are in
 * the light DOM, under the top bar with the product name and the language switch.
 */
public class LoginPage {

    private final WebDriver driver;

    public LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** True when the browser shows the sign-in form. */
    public boolean isShown() {
        return !driver.findElements(By.tagName("vaadin-login-form")).isEmpty();
    }

    /** The form's title, such as "Sign in". */
    public String title() {
        return form().getShadowRoot().findElement(By.cssSelector("[part~='form-title']")).getText().strip();
    }

    public void signIn(String email, String password) {
        var form = form();
        type(form.findElement(By.cssSelector("input[name=username]")), email);
        type(form.findElement(By.cssSelector("input[name=password]")), password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        // The form posts to Spring Security, which answers with a redirect: a whole new page.
        waitForNewPage(driver, form);
    }

    /** The error the form shows (its title and message), or an empty string when it shows none. */
    public String errorMessage() {
        var error = wrapperPart("error-message");
        return error.isDisplayed() ? error.getText().strip() : "";
    }

    public void switchLanguage() {
        var languageSwitch = driver.findElement(By.cssSelector(".top-bar .language-switch"));
        languageSwitch.click();
        waitForNewPage(driver, languageSwitch);
    }

    private WebElement form() {
        return driver.findElement(By.tagName("vaadin-login-form"));
    }

    /** A part of the form's frame, which lives in the shadow DOM of the form's wrapper. */
    private WebElement wrapperPart(String part) {
        return form().getShadowRoot().findElement(By.cssSelector("vaadin-login-form-wrapper"))
                .getShadowRoot().findElement(By.cssSelector("[part~='" + part + "']"));
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
