package org.extranet.backoffice;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.util.List;
import org.extranet.address.DeliveryAddressesPage;
import org.extranet.audit.AuditLogPage;
import org.extranet.browser.PageObject;
import org.extranet.user.AdminPanelPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One company's back-office page: its name, the on-behalf banner, the link to its audit log and
 * the tabs. The tabs' contents are the distributors' own screens, so their page objects are
 * reused: the admin panel's user list, and the address form and list of the delivery addresses.
 */
public class CompanyPageObject extends PageObject {


    public CompanyPageObject(WebDriver driver) {
        super(driver);
    }

    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText().strip();
    }

    /** The "You are acting on behalf of …" banner, or an empty string when there is none. */
    public String onBehalfBanner() {
        return driver.findElements(By.cssSelector("main .on-behalf")).stream().map(banner -> banner.getText().strip())
                .findFirst().orElse("");
    }

    /** The names of the tabs, in order. */
    public List<String> tabs() {
        return driver.findElements(By.cssSelector("main vaadin-tab")).stream().map(tab -> tab.getText().strip()).toList();
    }

    public void selectTab(String name) {
        var tab = driver.findElement(By.xpath("//main//vaadin-tab[normalize-space()='" + name + "']"));
        tab.click();
        waiting(driver).until(browser -> tab.getDomAttribute("selected") != null);
        waitForVaadin(driver);
    }

    /** The Users tab: the admin panel's list of users, with its row buttons. */
    public AdminPanelPage users() {
        return new AdminPanelPage(driver);
    }

    /** The Delivery addresses tab: its list of addresses and the address form. */
    public DeliveryAddressesPage addresses() {
        return new DeliveryAddressesPage(driver);
    }

    /** Follows the link to the company's audit log. */
    public AuditLogPage openAuditLog(String linkText) {
        driver.findElement(By.xpath("//main//a[normalize-space()='" + linkText + "']")).click();
        waiting(driver).until(ExpectedConditions.urlContains("/audit-log?company="));
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main vaadin-grid")));
        waitForVaadin(driver);
        return new AuditLogPage(driver);
    }
}
