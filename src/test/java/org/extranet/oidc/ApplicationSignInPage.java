package org.extranet.oidc;

import static org.extranet.browser.BrowserTest.waiting;

import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in for another application: the product's own pages, and then the application's address
 * the browser is sent back to (not a page of the product, so nothing waits for Vaadin there).
 */
class ApplicationSignInPage extends PageObject {

    ApplicationSignInPage(WebDriver driver) {
        super(driver);
    }

    /** Types the app's code at the second step and presses Enter; waits until the browser is back at the application. */
    String giveCodeAndReturnTo(String code, String applicationAddress) {
        var input = driver.findElement(By.cssSelector(".second-factor-column vaadin-text-field input"));
        input.clear();
        input.sendKeys(code);
        input.sendKeys(Keys.ENTER);
        waiting(driver).until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(applicationAddress)));
        return driver.getCurrentUrl();
    }
}
