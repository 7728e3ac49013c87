package org.extranet.ui;

import static org.extranet.browser.BrowserTest.waitForNewPage;
import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The blue bar at the top of every signed-in page; on a phone it opens its menu to reach what is in it. */
public class TopBar extends PageObject {

    public TopBar(WebDriver driver) {
        super(driver);
    }

    public boolean isShown() {
        return !driver.findElements(By.cssSelector(".main-layout header.top-bar")).isEmpty();
    }

    public String brand() {
        return bar().findElement(By.className("brand")).getText().strip();
    }

    /** The names of the menu entries, in order. */
    public List<String> entries() {
        unfoldTopBarMenu();
        return bar().findElements(By.cssSelector("nav a")).stream().map(link -> link.getText().strip()).toList();
    }

    public String userName() {
        unfoldTopBarMenu();
        return bar().findElement(By.className("user-name")).getText().strip();
    }

    public String signOutLabel() {
        unfoldTopBarMenu();
        return bar().findElement(By.className("sign-out")).getText().strip();
    }

    public void signOut() {
        unfoldTopBarMenu();
        var signOut = bar().findElement(By.className("sign-out"));
        signOut.click();
        // Signing out ends the session and sends the browser on to the sign-in page.
        waiting(driver).until(ExpectedConditions.stalenessOf(signOut));
        waiting(driver).until(ExpectedConditions.urlContains("/login"));
        waitForVaadin(driver);
    }

    public void switchLanguage() {
        unfoldTopBarMenu();
        var languageSwitch = bar().findElement(By.className("language-switch"));
        languageSwitch.click();
        waitForNewPage(driver, languageSwitch);
    }

    private WebElement bar() {
        return driver.findElement(By.cssSelector(".main-layout header.top-bar"));
    }
}
