package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.time.Instant;
import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where a second factor is given or set up: the second step of signing in, and the "Set up
 * authenticator app" window of Account information (the same steps in a dialog). The app's codes
 * are computed from the key the page shows, as the app would.
 */
public class SecondFactorPage extends PageObject {

    public SecondFactorPage(WebDriver driver) {
        super(driver);
    }

    /** True when the browser shows the second step of signing in. */
    public static boolean isShownIn(WebDriver driver) {
        return !driver.findElements(By.cssSelector(".second-factor-page")).isEmpty();
    }

    /** Whether it asks to set up an app (rather than for a code). */
    public boolean asksToEnrol() {
        return !driver.findElements(By.cssSelector(".enrolment")).isEmpty();
    }

    /** The key as shown, in groups of four. */
    public String key() {
        return driver.findElement(By.cssSelector(".second-factor-key")).getText().strip();
    }

    public String secret() {
        return Authenticators.secretOf(key());
    }

    /** Whether the QR code is there and the browser could draw it. */
    public boolean showsQrCode() {
        var image = driver.findElement(By.cssSelector("img.qr-code"));
        return image.isDisplayed() && !"0".equals(image.getDomProperty("naturalWidth"));
    }

    /** Sets the app up with the code it shows now, and waits for the recovery codes, which it returns. */
    public List<String> confirmEnrolment(String code) {
        type(driver.findElement(By.cssSelector(".enrolment vaadin-text-field input")), code);
        driver.findElement(By.cssSelector("vaadin-button.confirm-enrolment")).click();
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".recovery-codes")));
        waitForVaadin(driver);
        return driver.findElements(By.cssSelector(".recovery-codes li")).stream()
                .map(item -> item.getText().strip()).toList();
    }

    /** "I have saved them": on to the start page (or back to Account information, in the window). */
    public void savedRecoveryCodes() {
        driver.findElement(By.cssSelector("vaadin-button.recovery-codes-saved")).click();
        waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".recovery-codes")));
        waitForVaadin(driver);
    }

    /** Sets up the app as someone who must have one does right after the password, and goes on; returns its key. */
    public String enrolAndGoOn() {
        String secret = secret();
        confirmEnrolment(Authenticators.codeAt(secret, Instant.now(), 0));
        savedRecoveryCodes();
        return secret;
    }

    /** Types a code (the app's or a recovery code) and presses Enter, as a keyboard user does; the page stays when it is refused. */
    public void enterCode(String code) {
        var input = driver.findElement(By.cssSelector(".second-factor-column vaadin-text-field input"));
        type(input, code);
        input.sendKeys(Keys.ENTER);
        waitForVaadin(driver);
    }

    /** Gives a code that completes the sign-in, and waits for the page the sign-in leads to. */
    public void signInWith(String code) {
        enterCode(code);
        waiting(driver).until(browser -> !isShownIn(browser));
        waitForVaadin(driver);
    }

    /** The passkey step's words: the page's introduction, then its button. */
    public String passkeyStep() {
        return driver.findElement(By.cssSelector(".second-factor-column p")).getText().strip() + " | "
                + driver.findElement(By.cssSelector(".second-factor-column vaadin-button.passkey-sign-in")).getText().strip();
    }

    /**
     * "Verify with a passkey", pressed with the keyboard where the focus already is: the browser asks
     * its authenticator, and the page goes on to the signed-in start page by itself.
     */
    public void verifyWithPasskey() {
        var button = driver.findElement(By.cssSelector(".second-factor-column vaadin-button.passkey-sign-in"));
        assertThat(driver.switchTo().activeElement()).as("the focus is on the passkey's button").isEqualTo(button);
        button.sendKeys(Keys.SPACE);
        waitForNewPage(driver, button);
    }

    public void useRecoveryCodeInstead() {
        driver.findElement(By.cssSelector("vaadin-button.use-recovery-code")).click();
        waitForVaadin(driver);
    }

    public void useTheAppInstead() {
        driver.findElement(By.cssSelector("vaadin-button.use-authenticator-app")).click();
        waitForVaadin(driver);
    }

    /** The label of the field the code goes in. */
    public String fieldLabel() {
        return driver.findElement(By.cssSelector(".second-factor-column vaadin-text-field > label")).getText().strip();
    }

    /** The error shown at the code's field, or an empty string. */
    public String fieldError() {
        var field = driver.findElement(By.cssSelector(".second-factor-column vaadin-text-field"));
        return field.getDomAttribute("invalid") == null ? ""
                : field.findElement(By.cssSelector("[slot='error-message']")).getText().strip();
    }

    /** Whether the code's field has the focus, as it should whenever the page asks for a code. */
    public boolean focusIsOnTheCode() {
        var active = driver.switchTo().activeElement();
        return active.equals(driver.findElement(By.cssSelector(".second-factor-column vaadin-text-field input, "
                + ".enrolment vaadin-text-field input")));
    }

    /** Whether one Tab from where the focus is (the set-up's first step) reaches the code's field. */
    public boolean tabLeadsToTheCode() {
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        return focusIsOnTheCode();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
