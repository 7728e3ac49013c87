package org.extranet.account;

import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import java.util.stream.IntStream;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Account information" and its "Change password" form, as a user meets them. */
public class AccountPage extends PageObject {


    public AccountPage(WebDriver driver) {
        super(driver);
    }

    public boolean isShown() {
        return !driver.findElements(By.cssSelector("main .account-page")).isEmpty();
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    /** "Your details" as "term: description" lines. */
    public List<String> details() {
        var terms = driver.findElements(By.cssSelector(".account-details dt"));
        var descriptions = driver.findElements(By.cssSelector(".account-details dd"));
        return IntStream.range(0, terms.size())
                .mapToObj(i -> terms.get(i).getText().strip() + ": " + descriptions.get(i).getText().strip()).toList();
    }

    public List<String> permissions() {
        return driver.findElements(By.cssSelector("main .permission-list li")).stream()
                .map(item -> item.getText().strip()).toList();
    }

    /** Chooses a language by its name (in itself, such as "Polski") and confirms; the page reloads in it. */
    public void changeLanguage(String name) {
        driver.findElement(By.xpath("//vaadin-radio-button[normalize-space()='" + name + "']")).click();
        var button = driver.findElement(By.cssSelector("vaadin-button.change-language"));
        button.click();
        waitForNewPage(driver, button);
    }

    public Form openChangePassword() {
        driver.findElement(By.cssSelector("vaadin-button.change-password")).click();
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog")));
        waitForVaadin(driver);
        return new Form();
    }

    /** "Your sessions" as one line each: browser and system, "This session" where it is this one. */
    public List<String> sessions() {
        return driver.findElements(By.cssSelector(".your-sessions li.session")).stream()
                .map(session -> session.findElement(By.cssSelector(".session-device")).getText().strip()
                        + session.findElements(By.cssSelector(".session-current")).stream()
                        .map(mark -> " (" + mark.getText().strip() + ")").findFirst().orElse(""))
                .toList();
    }

    /** Brings "Your sessions" into view, for a screenshot. */
    public void showSessions() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.your-sessions').scrollIntoView({block: 'start'})");
    }

    /** "Sign out everywhere else", pressed with the keyboard. */
    public void signOutEverywhereElse() {
        driver.findElement(By.cssSelector("vaadin-button.sign-out-everywhere-else")).sendKeys(Keys.SPACE);
        waitForVaadin(driver);
    }

    public boolean focusIsOnSessionsHeading() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.activeElement && document.activeElement.matches('.your-sessions h2')"));
    }

    /** What "Second factor" says, a paragraph each. */
    public List<String> secondFactor() {
        return driver.findElements(By.cssSelector(".second-factor-section p")).stream()
                .map(line -> line.getText().strip()).toList();
    }

    /** Opens "Set up authenticator app"; its steps are those of the second-factor page. */
    public void openAuthenticatorSetUp() {
        driver.findElement(By.cssSelector("vaadin-button.set-up-authenticator")).click();
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog .enrolment")));
        waitForVaadin(driver);
    }

    /** Closes the set-up window before the app is confirmed. */
    public void cancelAuthenticatorSetUp() {
        driver.findElement(By.xpath("//vaadin-dialog//vaadin-button[@slot='footer' or ancestor::*[@slot='footer']]")).click();
        waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog")));
        waitForVaadin(driver);
    }

    /** The text of the notification on screen, once there is one. */
    public String notification() {
        return waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-notification-card"))).getText().strip();
    }

    public boolean focusIsOnChangePassword() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.activeElement && document.activeElement.matches('vaadin-button.change-password')"));
    }

    /** Whether a notice on screen overlaps the element that has the focus. */
    public boolean noticeCoversFocus() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(NOTICE_COVERS_FOCUS));
    }

    private static final String NOTICE_COVERS_FOCUS = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
            }
            const a = focused.getBoundingClientRect();
            return [...document.querySelectorAll('vaadin-notification-card')].some(card => {
                const b = card.getBoundingClientRect();
                return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            });
            """;

    /** The change-password dialog. */
    public class Form {

        public String title() {
            return dialog().findElement(By.cssSelector("h2, [slot='title']")).getText().strip();
        }

        public Form type(String label, String text) {
            var input = field(label).findElement(By.cssSelector("input"));
            input.clear();
            input.sendKeys(text);
            return this;
        }

        public void submit() {
            dialog().findElement(By.cssSelector("vaadin-button[theme~='primary']")).click();
            waitForVaadin(driver);
        }

        /** Submits as a keyboard user does, which works however little of the dialog is on screen. */
        public void submitWithKeyboard() {
            dialog().findElement(By.cssSelector("vaadin-button[theme~='primary']")).sendKeys(Keys.SPACE);
            waitForVaadin(driver);
        }

        public void cancel() {
            dialog().findElement(By.cssSelector("vaadin-button:not([theme~='primary'])")).click();
            waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog")));
            waitForVaadin(driver);
        }

        /** The error shown at the field, or an empty string. */
        public String errorAt(String label) {
            var field = field(label);
            return field.getAttribute("invalid") == null ? ""
                    : field.findElement(By.cssSelector("[slot='error-message']")).getText().strip();
        }

        public boolean isOpen() {
            return !driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty();
        }

        private WebElement field(String label) {
            return dialog().findElement(By.xpath(".//vaadin-password-field[label[normalize-space()='" + label + "']]"));
        }

        private WebElement dialog() {
            return driver.findElement(By.cssSelector("vaadin-dialog"));
        }
    }
}
