package org.extranet.user.csv;

import static org.extranet.browser.BrowserTest.waitForVaadin;
import static org.extranet.browser.BrowserTest.waiting;

import java.nio.file.Path;
import java.util.List;
import org.extranet.browser.PageObject;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The import page: the upload, the preview with its problem rows and choices, the progress, the report. */
public class UserImportPage extends PageObject {

    public UserImportPage(WebDriver driver) {
        super(driver);
    }

    /** Chooses the file, as the upload's file chooser would, and waits for the preview (or a refusal). */
    public void upload(Path file) {
        var upload = driver.findElement(By.tagName("vaadin-upload"));
        var inLightDom = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inLightDom.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inLightDom.getFirst();
        String before = stepHeading();
        input.sendKeys(file.toAbsolutePath().toString());
        waiting(driver).ignoring(StaleElementReferenceException.class).until(browser -> !stepHeading().equals(before)
                || !browser.findElement(By.id("user-import-error")).getText().isBlank());
        waitForVaadin(driver);
    }

    public String stepHeading() {
        return driver.findElement(By.cssSelector("main h2")).getText().strip();
    }

    public List<String> counts() {
        return driver.findElements(By.cssSelector(".import-counts li")).stream().map(item -> item.getText().strip()).toList();
    }

    /** The rows of the grid of problem rows (preview) or rows not imported (report). */
    public List<List<String>> problemRows() {
        return rowsOf(driver.findElement(By.cssSelector("vaadin-grid.import-problems")));
    }

    /** Starts the import with the keyboard, as a keyboard user would: focus the button, press Enter. */
    public void startImport() {
        var start = driver.findElement(By.xpath("//main//vaadin-button[normalize-space()='Import']"));
        start.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Waits, while the page polls for progress, until the report is shown. */
    public void waitForReport() {
        waiting(driver).ignoring(StaleElementReferenceException.class).until(browser -> "Report".equals(stepHeading()));
        waitForVaadin(driver);
    }

    public boolean focusIsOnStepHeading() {
        return driver.switchTo().activeElement().equals(driver.findElement(By.cssSelector("main h2")));
    }
}
