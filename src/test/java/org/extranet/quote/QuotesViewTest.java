package org.extranet.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.LogLines;
import org.extranet.SignIn;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ViewTest;
import org.extranet.company.CompanyLogoService;
import org.extranet.company.LogoFiles;
import org.extranet.ui.NotFoundPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class QuotesViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @Autowired SignIn signIn;
    @Autowired QuoteService quotes;
    @Autowired CompanyLogoService logos;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_user_prepares_a_quote_with_live_totals_and_gets_its_printable_page() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "PREPARE_QUOTES", "MANAGE_USERS"));
        logos.replaceLogo(company, "logo.png", "image/png", LogoFiles.png(300, 100));
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(QuotesView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Wyceny");

        test(find(Button.class).withText("Nowa wycena").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Nowa wycena");
        test(field("Nazwa klienta")).setValue("Jan Kowalski");
        test(field("Ulica i numer")).setValue("ul. Długa 5");
        test(field("Kod pocztowy")).setValue("80-001");
        test(field("Miejscowość")).setValue("Gdańsk");
        test(find(TextField.class).withCaption("Produkt").single()).setValue("Zawór");
        test(find(TextField.class).withCaption("Ilość").single()).setValue("10");
        // Typed the English way in the Polish form: still 123,45 zł, not 12 345 zł.
        test(find(TextField.class).withCaption("Cena jedn. netto").single()).setValue("123.45");

        assertThat(totals()).containsExactly("1\u00a0234,50\u00a0zł", "283,94\u00a0zł", "1\u00a0518,44\u00a0zł");

        test(find(Button.class).withText("Dodaj pozycję").single()).click();
        var products = find(TextField.class).withCaption("Produkt").all();
        assertThat(products).hasSize(2);
        test(products.get(1)).setValue("Montaż");
        var prices = find(TextField.class).withCaption("Cena jedn. netto").all();
        test(prices.get(1)).setValue("100,00");
        @SuppressWarnings("unchecked")
        var rates = (List<Select<VatRate>>) (List<?>) find(Select.class).withCaption("Stawka VAT").all();
        test(rates.get(1)).selectItem("8%");
        assertThat(totals()).containsExactly("1\u00a0334,50\u00a0zł", "291,94\u00a0zł", "1\u00a0626,44\u00a0zł");

        test(find(Button.class).withText("Zapisz wycenę").single()).click();

        assertThat(getCurrentView()).isInstanceOf(QuotePrintView.class);
        int year = LocalDate.now(clock).getYear();
        assertThat(find(H1.class).single().getText()).isEqualTo("Wycena Q-%d-0001".formatted(year));
        assertThat(find(Image.class).single().getAlt()).hasValue("Logo firmy " + fixtures.companyName(company));
        assertThat(find(NativeTableCell.class).all()).extracting(NativeTableCell::getText)
                .contains("Zawór", "Montaż", "1\u00a0234,50\u00a0zł", "108,00\u00a0zł");
        assertThat(find(Span.class).withClassName("quote-total-amount").all()).extracting(Span::getText)
                .containsExactly("1\u00a0334,50\u00a0zł", "291,94\u00a0zł", "1\u00a0626,44\u00a0zł");

        navigate(QuotesView.class);
        @SuppressWarnings("unchecked")
        Grid<QuoteRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).customerName()).isEqualTo("Jan Kowalski");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("1\u00a0626,44\u00a0zł");
        roundTrip();
        assertThat(find(RowCount.class).single().getText()).isEqualTo("1 wycena");
        assertThat(grid.getColumns().getLast().isFrozenToEnd()).as("the PDF link stays on a phone's screen").isTrue();
    }

    @Test
    void bad_input_is_shown_at_the_field_and_nothing_is_saved() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(NewQuoteView.class);

        var quantity = find(TextField.class).withCaption("Quantity").single();
        test(quantity).setValue("0");
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("The quantity must be greater than 0.");
        var price = find(TextField.class).withCaption("Unit net price").single();
        test(price).setValue("1.9999");
        assertThat(price.getErrorMessage()).isEqualTo("Use at most 2 decimal places (grosz).");
        test(price).setValue("1,299");
        assertThat(price.getErrorMessage()).as("a thousands separator or a decimal point: not guessed")
                .startsWith("Unclear: 1299 or 1.299?");
        test(price).setValue("12 zł");
        assertThat(price.getErrorMessage()).isEqualTo("Type a number, for example 1299.50 or 1 299,50.");

        test(find(Button.class).withText("Save quote").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewQuoteView.class);
        assertThat(field("Customer name").isInvalid()).isTrue();
        assertThat(field("Customer name").getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(find(TextField.class).withCaption("Product").single().getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(quotes.count()).isZero();
    }

    @Test
    void another_company_quote_is_shown_as_not_found() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        long id = quotes.create(new QuoteDraft("A", "B", "C", "D",
                List.of(new QuoteDraft.Line("X", BigDecimal.ONE, BigDecimal.ONE, VatRate.RATE_23))));
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("quotes/" + id + "/print", NotFoundPage.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void the_pdf_of_another_company_quote_or_of_no_quote_is_not_found_with_one_warning() throws IOException {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        long othersQuote = quotes.create(new QuoteDraft("A", "B", "C", "D",
                List.of(new QuoteDraft.Line("X", BigDecimal.ONE, BigDecimal.ONE, VatRate.RATE_23))));
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));

        for (long id : new long[] {othersQuote, 99999999L}) {
            try (var logs = LogLines.capture()) {
                var response = new MockHttpServletResponse();

                QuotePdfDownload.handler(quotes, id, "Q-1", Locale.ENGLISH).handleDownloadRequest(downloadEvent(response));

                assertThat(response.getStatus()).isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContainIgnoringCase("exception");
                // The refusal itself is a security event with a log line of its own (AuditLog).
                assertThat(logs.warningsAndErrors()).filteredOn(line -> !line.startsWith("WARN Access refused: "))
                        .containsExactly(
                        "WARN Quote PDF not found: quote " + id + " does not exist or is not this user's");
                assertThat(logs.withStackTrace()).isEmpty();
            }
        }
    }

    @Test
    void the_pdf_of_the_user_own_quote_is_served() throws IOException {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        long id = quotes.create(new QuoteDraft("A", "B", "C", "D",
                List.of(new QuoteDraft.Line("X", BigDecimal.ONE, BigDecimal.ONE, VatRate.RATE_23))));
        var response = new MockHttpServletResponse();

        QuotePdfDownload.handler(quotes, id, "Q-1", Locale.ENGLISH).handleDownloadRequest(downloadEvent(response));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(QuotePdfDownload.CONTENT_TYPE);
        assertThat(new String(response.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** The request a browser makes for the PDF link, answered into the given response. */
    private static DownloadEvent downloadEvent(MockHttpServletResponse response) {
        var service = (VaadinServletService) VaadinService.getCurrent();
        return new DownloadEvent(new VaadinServletRequest(new MockHttpServletRequest(), service),
                new VaadinServletResponse(response, service), VaadinSession.getCurrent(), UI.getCurrent().getElement());
    }

    @Test
    void without_prepare_quotes_the_page_is_closed() {
        signIn.as(fixtures.user(fixtures.company(), "MANAGE_USERS"));

        assertThatThrownBy(() -> navigate(QuotesView.class)).isInstanceOf(Exception.class);
        assertThat(getCurrentView()).isNotInstanceOf(QuotesView.class);
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }

    private List<String> totals() {
        return find(Span.class).withClassName("quote-total-amount").all().stream().map(Span::getText).toList();
    }
}
