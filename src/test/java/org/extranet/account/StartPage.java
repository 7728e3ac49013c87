package org.extranet.account;

import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page everyone lands on after signing in. */
public class StartPage extends PageObject {


    public StartPage(WebDriver driver) {
        super(driver);
    }

    public String greeting() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    /** The line naming the user's company (or the service department). */
    public String company() {
        return driver.findElement(By.cssSelector("main h1 + p")).getText().strip();
    }

    /** The names of the user's permissions, as listed. */
    public List<String> permissions() {
        return driver.findElements(By.cssSelector("main .permission-list li")).stream()
                .map(item -> item.getText().strip()).toList();
    }
}
