package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.quote.PdfImages;
import org.extranet.quote.QuoteDraft;
import org.extranet.quote.QuoteService;
import org.extranet.quote.VatRate;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

class CompanyLogoIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired QuoteService quotes;

    @Test
    void an_administrator_uploads_a_png_sees_it_at_once_and_the_logo_and_quote_pages_pass_axe() throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company, "MANAGE_USERS", "PREPARE_QUOTES");
        Path file = Files.createDirectories(Path.of("target", "logo-upload")).resolve("logo.png");
        Files.write(file, LogoFiles.png(1200, 400));
        open("/login");
        new LoginPage(driver).signIn(email, Fixtures.PASSWORD);
        var topBar = new TopBar(driver);
        assertThat(topBar.entries()).contains("Quotes", "Company logo");

        open("/company-logo");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Company logo");
        assertThat(driver.findElement(By.cssSelector(".logo-preview")).getText()).contains("No logo yet.");
        Accessibility.assertNoViolations(driver, "the company logo page without a logo, in English");

        fileInput().sendKeys(file.toAbsolutePath().toString());

        WebElement image = waiting(driver).until(browser -> browser.findElements(By.cssSelector(".logo-preview img"))
                .stream().filter(img -> Boolean.TRUE.equals(script("return arguments[0].complete && arguments[0].naturalWidth > 0", img)))
                .findFirst().orElse(null));
        waitForVaadin();
        assertThat(script("return arguments[0].naturalWidth", image)).isEqualTo(600L);
        assertThat(script("return arguments[0].naturalHeight", image)).isEqualTo(200L);
        assertThat(driver.findElement(By.cssSelector(".upload-status")).getText())
                .isEqualTo("The new logo is saved. Quotes show it from now on.");
        @SuppressWarnings("unchecked")
        var headers = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].src).then(r => done([String(r.status), r.headers.get('content-type'),
                        r.headers.get('x-content-type-options')]));
                """, image);
        assertThat(headers).containsExactly("200", "image/png", "nosniff");
        screenshot("company-logo-en");
        Accessibility.assertNoViolations(driver, "the company logo page with a logo, in English");

        // The browser's own check refuses an SVG before it is sent (the server's reasons are tested without
        // a browser); the reason is shown at the upload all the same.
        Path svg = file.resolveSibling("logo.svg");
        Files.write(svg, LogoFiles.svg());
        fileInput().sendKeys(svg.toAbsolutePath().toString());
        waiting(driver).until(browser -> !browser.findElement(By.cssSelector(".upload-error")).getText().isBlank());
        assertThat(driver.findElement(By.cssSelector(".upload-error")).getText()).isEqualTo("Only PNG, JPEG or WebP images are accepted; SVG and other formats are not.");
        screenshot("company-logo-refused-en");
        Accessibility.assertNoViolations(driver, "the company logo page showing a refusal, in English");

        signIn.as(email);
        long quote = quotes.create(new QuoteDraft("Jan Kowalski", "ul. Długa 5", "80-001", "Gdańsk", List.of(
                new QuoteDraft.Line("Zawór kulowy", new BigDecimal("10"), new BigDecimal("123.45"), VatRate.RATE_23))));
        // The logo uploaded through the browser is in the quote's PDF, as the PDF itself shows.
        byte[] pdf = quotes.pdf(quote, Locale.ENGLISH).orElseThrow();
        signIn.out();
        assertThat(PdfImages.onFirstPage(pdf)).containsExactly(List.of(600, 200));

        open("/quotes");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quotes");
        Accessibility.assertNoViolations(driver, "the quotes page in English");
        open("/quotes/" + quote + "/print");
        // Shown once it is loaded: the image has no size before.
        var logo = driver.findElement(By.cssSelector(".quote-logo"));
        waiting(driver).until(browser -> Boolean.TRUE.equals(
                script("return arguments[0].complete && arguments[0].naturalWidth > 0", logo)));
        assertThat(logo.isDisplayed()).isTrue();
        screenshot("quote-print-en");
        Accessibility.assertNoViolations(driver, "the printable quote in English");

        topBar.switchLanguage();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Wycena Q-");
        Accessibility.assertNoViolations(driver, "the printable quote in Polish");
        open("/quotes");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Wyceny");
        screenshot("quotes-pl");
        Accessibility.assertNoViolations(driver, "the quotes page in Polish");
        open("/quotes/new");
        Accessibility.assertNoViolations(driver, "the new quote form in Polish");
        open("/company-logo");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Logo firmy");
        assertThat(driver.findElement(By.tagName("vaadin-upload")).getText()).contains("Wybierz plik graficzny");
        screenshot("company-logo-pl");
        Accessibility.assertNoViolations(driver, "the company logo page in Polish");
    }

    private WebElement fileInput() {
        var upload = driver.findElement(By.tagName("vaadin-upload"));
        var inLightDom = upload.findElements(By.cssSelector("input[type=file]"));
        return inLightDom.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inLightDom.getFirst();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
