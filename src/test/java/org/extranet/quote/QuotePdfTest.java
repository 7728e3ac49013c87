package org.extranet.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.company.CompanyLogoService;
import org.extranet.company.LogoFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class QuotePdfTest {

    @Autowired QuoteService quotes;
    @Autowired CompanyLogoService logos;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_pdf_carries_the_logo_company_customer_lines_and_totals_in_polish() throws IOException {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS", "PREPARE_QUOTES"));
        var logo = logos.replaceLogo(company, "logo.png", "image/png", LogoFiles.png(900, 300));
        long id = quotes.create(new QuoteDraft("Łukasz Żółkiewski", "ul. Źródlana 7", "80-001", "Gdańsk", List.of(
                QuoteServiceTest.line("Zawór kulowy ½″", "10", "100.00", VatRate.RATE_23),
                QuoteServiceTest.line("Montaż", "1", "3.66", VatRate.RATE_8))));

        byte[] pdf = quotes.pdf(id, Locale.of("pl")).orElseThrow();
        Path saved = Path.of("target", "quote-pdf", "quote-pl.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains(fixtures.companyName(company), "ul. Testowa 1", "00-001 Warszawa")
                    .contains("Łukasz Żółkiewski", "ul. Źródlana 7", "80-001 Gdańsk")
                    .contains("Zawór kulowy ½″", "Montaż")
                    // 10 × 100.00 = 1000.00 + 230.00 VAT; 3.66 + 0.29 VAT: gross 1233.95.
                    .contains("Razem brutto", "1 233,95 zł", "1 000,00 zł");
            assertThat(PdfImages.onFirstPage(document)).containsExactly(List.of(logo.width(), logo.height()));
            // A look at the first page, as a customer would see it.
            var page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", Path.of("target", "quote-pdf", "quote-pl-page1.png").toFile());
        }
    }

    @Test
    void the_pdf_speaks_english_to_an_english_user_and_has_no_image_without_a_logo() throws IOException {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        long id = quotes.create(new QuoteDraft("Acme Ltd", "1 High Street", "SW1A 1AA", "London",
                List.of(QuoteServiceTest.line("Valve", "1", "1234.50", VatRate.RATE_23))));

        byte[] pdf = quotes.pdf(id, Locale.ENGLISH).orElseThrow();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Acme Ltd", "Total gross", "PLN 1,518.44");
            assertThat(PdfImages.onFirstPage(document)).isEmpty();
        }
    }

}
