package org.extranet.application;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office's Applications page and its windows, used with the keyboard where it matters. */
public class ApplicationsPage extends PageObject {

    public ApplicationsPage(WebDriver driver) {
        super(driver);
    }

    /** From the back office's directory, its link of that name ("Applications", "Aplikacje"). */
    public void openFromBackOffice(String link) {
        driver.findElement(By.xpath("//div[contains(@class,'back-office-links')]//a[normalize-space()='" + link + "']"))
                .click();
        waiting(driver).until(ExpectedConditions.urlContains("/back-office/applications"));
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main vaadin-grid")));
        waitForVaadin(driver);
    }

    public List<List<String>> rows() {
        return rowsOf(driver.findElement(By.cssSelector("main vaadin-grid")));
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Enter on "Register application": the window opens with the focus in its first field, the name. */
    public void openRegistrationWithKeyboard() {
        driver.findElement(By.cssSelector("vaadin-button.register-application")).sendKeys(Keys.ENTER);
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog.application-dialog[opened]")));
        waitForVaadin(driver);
        waiting(driver).until(browser -> "input".equals(active().getTagName()));
    }

    /**
     * With the keyboard only, in the open registration window: the name typed where the focus is, Tab
     * on to the redirect addresses, then Tab to the window's own "Register application" and Enter.
     * Returns the secret the next window shows, where the focus then is.
     */
    public String registerWithKeyboard(String name, String redirectUri) {
        active().sendKeys(name);
        for (int presses = 0; presses < 5 && !"textarea".equals(active().getTagName()); presses++) {
            active().sendKeys(Keys.TAB);
        }
        active().sendKeys(redirectUri);
        for (int presses = 0; presses < 20 && !isSaveButton(active()); presses++) {
            active().sendKeys(Keys.TAB);
        }
        active().sendKeys(Keys.ENTER);
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog.secret-dialog[opened]")));
        waitForVaadin(driver);
        waiting(driver).until(browser -> "input".equals(active().getTagName()));
        return active().getDomProperty("value");
    }

    private static boolean isSaveButton(WebElement element) {
        String classes = element.getDomAttribute("class");
        return classes != null && classes.contains("application-save");
    }

    /** The window's sentence that the secret is shown only this once. */
    public String secretWarning() {
        return driver.findElement(By.cssSelector(".secret-dialog .secret-once")).getText().strip();
    }

    /** Escape closes the window, as with every dialog. */
    public void closeWithEscape() {
        active().sendKeys(Keys.ESCAPE);
        waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog.secret-dialog[opened]")));
        waitForVaadin(driver);
    }
}
