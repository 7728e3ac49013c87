package org.extranet.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.QUOTE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.TestClock;
import org.extranet.base.FieldRefusal;
import org.extranet.base.PageRequest;
import org.extranet.base.ProductTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class QuoteServiceTest {

    @Autowired QuoteService quotes;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired TestClock clock;

    long company;
    String preparer;

    @BeforeEach
    void quoter() {
        company = fixtures.company();
        preparer = fixtures.user(company, "PREPARE_QUOTES");
        signIn.as(preparer);
    }

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    static QuoteDraft.Line line(String product, String quantity, String price, VatRate rate) {
        return new QuoteDraft.Line(product, new BigDecimal(quantity), new BigDecimal(price), rate);
    }

    static QuoteDraft draft(QuoteDraft.Line... lines) {
        return new QuoteDraft("Jan Kowalski", "ul. Długa 5", "80-001", "Gdańsk", List.of(lines));
    }

    @Test
    void each_line_is_rounded_half_up_to_the_grosz_and_its_vat_computed_from_the_rounded_net() {
        long id = quotes.create(draft(
                line("Zawór kulowy", "0.5", "2.01", VatRate.RATE_23),      // 1.005 -> 1.01; VAT 0.2323 -> 0.23
                line("Uszczelka", "1", "0.65", VatRate.RATE_23),          // 0.65; VAT 0.1495 -> 0.15
                line("Rura PEX", "2.5", "10.01", VatRate.RATE_8),         // 25.025 -> 25.03; VAT 2.0024 -> 2.00
                line("Montaż", "1", "0.10", VatRate.RATE_5),              // 0.10; VAT 0.005 -> 0.01
                line("Broszura", "2", "4.99", VatRate.RATE_0)));          // 9.98; VAT 0

        var quote = quotes.quote(id).orElseThrow();

        assertThat(quote.lines()).extracting(QuoteDocument.Line::netAmount).containsExactly(
                new BigDecimal("1.01"), new BigDecimal("0.65"), new BigDecimal("25.03"), new BigDecimal("0.10"),
                new BigDecimal("9.98"));
        assertThat(quote.lines()).extracting(QuoteDocument.Line::vatAmount).containsExactly(
                new BigDecimal("0.23"), new BigDecimal("0.15"), new BigDecimal("2.00"), new BigDecimal("0.01"),
                new BigDecimal("0.00"));
        assertThat(quote.totals()).isEqualTo(new QuoteTotals(
                new BigDecimal("36.77"), new BigDecimal("2.39"), new BigDecimal("39.16")));
        assertThat(db.select(QUOTE.GROSS_TOTAL).from(QUOTE).where(QUOTE.ID.eq(id)).fetchSingle(QUOTE.GROSS_TOTAL))
                .isEqualByComparingTo("39.16");
    }

    @Test
    void totals_are_sums_of_rounded_lines_not_rounded_sums() {
        // Three lines of 0.005 net each: each rounds up to 0.01, so the total is 0.03, not round(0.015) = 0.02.
        var totals = QuoteTotals.of(List.of(
                QuoteTotals.line(new BigDecimal("1"), new BigDecimal("0.005"), VatRate.RATE_0),
                QuoteTotals.line(new BigDecimal("1"), new BigDecimal("0.005"), VatRate.RATE_0),
                QuoteTotals.line(new BigDecimal("1"), new BigDecimal("0.005"), VatRate.RATE_0)));

        assertThat(totals.net()).isEqualTo(new BigDecimal("0.03"));
        assertThat(QuoteTotals.line(new BigDecimal("1"), new BigDecimal("1234.50"), VatRate.RATE_23).vat())
                .isEqualTo(new BigDecimal("283.94"));
    }

    @Test
    void quotes_are_numbered_per_company_and_year() {
        int year = LocalDate.now(clock).getYear();
        long first = quotes.create(draft(line("A", "1", "1.00", VatRate.RATE_23)));
        long second = quotes.create(draft(line("B", "1", "1.00", VatRate.RATE_23)));
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        long elsewhere = quotes.create(draft(line("C", "1", "1.00", VatRate.RATE_23)));

        assertThat(number(first)).isEqualTo("Q-%d-0001".formatted(year));
        assertThat(number(second)).isEqualTo("Q-%d-0002".formatted(year));
        assertThat(number(elsewhere)).isEqualTo("Q-%d-0001".formatted(year));
    }

    @Test
    void numbering_starts_again_in_a_new_year_in_warsaw() {
        int year = LocalDate.now(clock).getYear();
        quotes.create(draft(line("A", "1", "1.00", VatRate.RATE_23)));
        // Ten minutes past midnight on New Year's Day in Warsaw, still the old year in UTC.
        var newYear = ZonedDateTime.of(year + 1, 1, 1, 0, 10, 0, 0, ProductTime.ZONE);
        clock.move(Duration.between(ZonedDateTime.now(clock), newYear));

        long next = quotes.create(draft(line("B", "1", "1.00", VatRate.RATE_23)));

        assertThat(number(next)).isEqualTo("Q-%d-0001".formatted(year + 1));
    }

    @Test
    void the_list_holds_the_company_quotes_newest_first_and_no_others() {
        long first = quotes.create(draft(line("A", "1", "1.00", VatRate.RATE_23)));
        long second = quotes.create(draft(line("B", "2", "1.00", VatRate.RATE_23)));
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        quotes.create(draft(line("C", "1", "1.00", VatRate.RATE_23)));
        signIn.as(fixtures.user(company, "PREPARE_QUOTES"));

        assertThat(quotes.list(PageRequest.of(0, 10))).extracting(QuoteRow::id).containsExactly(second, first);
        assertThat(quotes.count()).isEqualTo(2);
        assertThat(quotes.list(PageRequest.of(0, 10)).getFirst().grossTotal()).isEqualByComparingTo("2.46");
        assertThat(quotes.list(PageRequest.of(0, 10)).getFirst().createdByName()).startsWith("Test User-");
    }

    @Test
    void a_quote_of_another_company_is_refused_and_the_attempt_audited_under_the_quotes_company() {
        long id = quotes.create(draft(line("A", "1", "1.00", VatRate.RATE_23)));
        long otherCompany = fixtures.company();
        String intruder = fixtures.user(otherCompany, "PREPARE_QUOTES", "MANAGE_USERS");
        signIn.as(intruder);

        assertThatThrownBy(() -> quotes.quote(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.pdf(id, java.util.Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);

        assertThat(db.select(AUDIT_EVENT.COMPANY_ID).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(intruder)).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))
                .fetch(AUDIT_EVENT.COMPANY_ID))
                .as("recorded where the quote's administrators see it").containsExactly(company, company);
        assertThat(quotes.list(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void someone_who_may_not_prepare_quotes_is_refused_any_quote_and_the_attempt_audited_under_the_quotes_company() {
        long id = quotes.create(draft(line("A", "1", "1.00", VatRate.RATE_23)));
        String outsider = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(outsider);

        assertThatThrownBy(() -> quotes.quote(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.quote(Long.MAX_VALUE)).as("whether the quote exists or not")
                .isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(outsider))
                .and(AUDIT_EVENT.COMPANY_ID.eq(company)))).isEqualTo(1);
    }

    @Test
    void without_prepare_quotes_nobody_may_list_or_create_not_even_staff() {
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThatThrownBy(() -> quotes.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.create(draft(line("A", "1", "1", VatRate.RATE_23))))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(fixtures.staff());
        assertThatThrownBy(() -> quotes.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(QUOTE, QUOTE.COMPANY_ID.eq(company))).isZero();
    }

    @Test
    void a_missing_quote_is_empty() {
        assertThat(quotes.quote(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
        invalid(draft(line("A", "0", "1.00", VatRate.RATE_23)), QuoteField.QUANTITY, 0, "quote.error.quantity.positive");
        invalid(draft(line("A", "1", "1.00", VatRate.RATE_23), line("B", "1", "1.005", VatRate.RATE_23)),
                QuoteField.UNIT_NET_PRICE, 1, "quote.error.price.decimals");
        invalid(draft(line("A", "1", "-1", VatRate.RATE_23)), QuoteField.UNIT_NET_PRICE, 0, "quote.error.price.negative");
        invalid(draft(line("A", "1.0001", "1", VatRate.RATE_23)), QuoteField.QUANTITY, 0, "quote.error.quantity.decimals");
        invalid(draft(line(" ", "1", "1", VatRate.RATE_23)), QuoteField.PRODUCT_NAME, 0, "quote.error.required");
        invalid(draft(new QuoteDraft.Line("A", BigDecimal.ONE, BigDecimal.ONE, null)), QuoteField.VAT_RATE, 0,
                "quote.error.vat.required");
        invalid(draft(), QuoteField.LINES, -1, "quote.error.no-lines");
        invalid(new QuoteDraft("", "ul. Długa 5", "80-001", "Gdańsk", List.of(line("A", "1", "1", VatRate.RATE_23))),
                QuoteField.CUSTOMER_NAME, -1, "quote.error.required");
        invalid(new QuoteDraft("A", "ul. Długa 5", "80-001", "G".repeat(101), List.of(line("A", "1", "1", VatRate.RATE_23))),
                QuoteField.CUSTOMER_CITY, -1, "quote.error.too-long");

        assertThat(db.fetchCount(QUOTE, QUOTE.COMPANY_ID.eq(company))).isZero();
    }

    @Test
    void a_text_too_long_is_refused_with_the_most_characters_allowed() {
        var draft = draft(line("P".repeat(201), "1", "1", VatRate.RATE_23));
        assertThatThrownBy(() -> quotes.create(draft)).isInstanceOfSatisfying(FieldRefusal.class,
                invalid -> assertThat(invalid.arguments()).containsExactly(QuoteRules.PRODUCT_MAX));
    }

    private void invalid(QuoteDraft draft, QuoteField field, int line, String key) {
        assertThatThrownBy(() -> quotes.create(draft)).isInstanceOfSatisfying(FieldRefusal.class, invalid -> {
            assertThat(invalid.field()).isEqualTo(field);
            assertThat(invalid.line()).isEqualTo(line);
            assertThat(invalid.messageKey()).isEqualTo(key);
        });
    }

    private String number(long id) {
        return db.select(QUOTE.NUMBER).from(QUOTE).where(QUOTE.ID.eq(id)).fetchSingle(QUOTE.NUMBER);
    }
}
