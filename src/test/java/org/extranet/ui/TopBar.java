package org.extranet.ui;

import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The blue bar at the top of every signed-in page. */
public class TopBar {

    private final WebDriver driver;

    public TopBar(WebDriver driver) {
        this.driver = driver;
    }

    public boolean isShown() {
        return !driver.findElements(By.cssSelector(".main-layout header.top-bar")).isEmpty();
    }

    public String brand() {
        return bar().findElement(By.className("brand")).getText().strip();
    }

    /** The names of the menu entries, in order. */
    public List<String> entries() {
        return bar().findElements(By.cssSelector("nav a")).stream().map(link -> link.getText().strip()).toList();
    }

    public String userName() {
        return bar().findElement(By.className("user-name")).getText().strip();
    }

    public String signOutLabel() {
        return bar().findElement(By.className("sign-out")).getText().strip();
    }

    public void signOut() {
        var signOut = bar().findElement(By.className("sign-out"));
        signOut.click();
        // Signing out ends the session and sends the browser on to the sign-in page.
        waiting(driver).until(ExpectedConditions.stalenessOf(signOut));
        waiting(driver).until(ExpectedConditions.urlContains("/login"));
        waitForVaadin(driver);
    }

    public void switchLanguage() {
        var languageSwitch = bar().findElement(By.className("language-switch"));
        languageSwitch.click();
        waitForNewPage(driver, languageSwitch);
    }

    private WebElement bar() {
        return driver.findElement(By.cssSelector(".main-layout header.top-bar"));
    }
}
