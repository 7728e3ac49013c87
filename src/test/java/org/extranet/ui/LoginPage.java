package org.extranet.ui;

import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.Arrays;
import java.util.List;
import org.extranet.browser.PageObject;
import org.extranet.secondfactor.SecondFactorPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The sign-in page as a user meets it: Vaadin's {@code <vaadin-login-form>}, whose inputs are in
 * the light DOM, under the top bar with the product name and the language switch.
 */
public class LoginPage extends PageObject {


    public LoginPage(WebDriver driver) {
        super(driver);
    }

    /** True when the browser shows the sign-in form. */
    public boolean isShown() {
        return !driver.findElements(By.tagName("vaadin-login-form")).isEmpty();
    }

    /** The form's title, such as "Sign in". */
    public String title() {
        return form().getShadowRoot().findElement(By.cssSelector("[part~='form-title']")).getText().strip();
    }

    /**
     * Signs in with the password. Someone who must have a second factor and has none (staff, at
     * first) sets up an authenticator app right after it, as they would, and goes on; someone who
     * has one is left at the second step ({@link SecondFactorPage}), and a failed sign-in at this page.
     */
    public void signIn(String email, String password) {
        submit(email, password);
        if (SecondFactorPage.isShownIn(driver) && new SecondFactorPage(driver).asksToEnrol()) {
            new SecondFactorPage(driver).enrolAndGoOn();
        }
    }

    /** Types the e-mail address and password and sends them, and waits for the page that answers. */
    public void submit(String email, String password) {
        var form = form();
        type(form.findElement(By.cssSelector("input[name=username]")), email);
        type(form.findElement(By.cssSelector("input[name=password]")), password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        // The form posts to Spring Security, which answers with a redirect: a whole new page.
        waitForNewPage(driver, form);
    }

    /**
     * "Sign in with a passkey", pressed with the keyboard: the browser asks its authenticator, and
     * the page goes on to the signed-in start page by itself.
     */
    public void signInWithPasskey() {
        var button = driver.findElement(By.cssSelector("vaadin-button.passkey-sign-in"));
        button.sendKeys(Keys.SPACE);
        waitForNewPage(driver, button);
    }

    /**
     * "Sign in with a passkey" when the passkey does not sign in: what is said below the button,
     * once it is said, and whether the focus stayed on the button.
     */
    public String passkeyRefusal() {
        var button = driver.findElement(By.cssSelector("vaadin-button.passkey-sign-in"));
        button.sendKeys(Keys.SPACE);
        var problem = driver.findElement(By.cssSelector(".login-passkey-problem[role=alert]"));
        waiting(driver).until(browser -> !problem.getText().isBlank());
        waitForVaadin(driver);
        return problem.getText().strip().replaceAll("\\s+", " ") + (button.equals(driver.switchTo().activeElement()) ? "" : " (focus moved away)");
    }

    /**
     * The error the form shows: its title at the top, then the reason at the field it concerns; an
     * empty string when it shows none.
     */
    public String errorMessage() {
        var error = wrapperPart("error-message");
        if (!error.isDisplayed()) {
            return "";
        }
        return (error.getText().strip() + "\n" + fieldError("username") + fieldError("password")).strip();
    }

    /** The error shown at a field ("username" or "password"), or an empty string. */
    public String fieldError(String field) {
        return form().findElements(By.cssSelector("[name=" + field + "] > [slot=error-message]")).stream()
                .filter(WebElement::isDisplayed).map(error -> error.getText().strip()).findFirst().orElse("");
    }

    /** What a field ("username" or "password") holds. */
    public String value(String field) {
        return input(field).getDomProperty("value");
    }

    /** Whether the browser's focus is in a field ("username" or "password"). */
    public boolean isFocused(String field) {
        return input(field).equals(driver.switchTo().activeElement());
    }

    /**
     * Whether a field is marked invalid and its input is described by (aria-describedby) the
     * element that shows the given error.
     */
    public boolean isDescribedByError(String field, String error) {
        var input = input(field);
        String describedBy = input.getDomAttribute("aria-describedby");
        return "true".equals(input.getDomAttribute("aria-invalid")) && describedBy != null
                && Arrays.stream(describedBy.split(" ")).anyMatch(id -> !id.isBlank()
                        && driver.findElements(By.id(id)).stream().anyMatch(node -> error.equals(node.getText().strip())));
    }

    /** The texts of the page's assertive live regions (role=alert or aria-live=assertive), which screen readers read out as they change. */
    public List<String> announced() {
        return driver.findElements(By.cssSelector("[aria-live=assertive], [role=alert]")).stream()
                .map(region -> region.getDomProperty("textContent").strip()).filter(text -> !text.isEmpty()).toList();
    }

    private WebElement input(String field) {
        return form().findElement(By.cssSelector("input[name=" + field + "]"));
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
