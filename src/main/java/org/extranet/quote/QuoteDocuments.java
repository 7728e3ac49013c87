package org.extranet.quote;

import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_LOGO;
import static org.extranet.db.Tables.QUOTE_LINE;

import org.extranet.db.tables.records.QuoteRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A stored quote as it is printed: with its issuer's name, address and logo, and its lines. */
@Component
class QuoteDocuments {

    private final DSLContext db;

    QuoteDocuments(DSLContext db) {
        this.db = db;
    }

    QuoteDocument of(QuoteRecord quote) {
        var issuer = db.select(COMPANY.NAME, COMPANY.STREET, COMPANY.POSTAL_CODE, COMPANY.CITY, COMPANY.TAX_ID)
                .from(COMPANY).where(COMPANY.ID.eq(quote.getCompanyId()))
                .fetchSingle(row -> new QuoteDocument.Issuer(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5()));
        var logo = db.select(COMPANY_LOGO.IMAGE, COMPANY_LOGO.WIDTH, COMPANY_LOGO.HEIGHT)
                .from(COMPANY_LOGO).where(COMPANY_LOGO.COMPANY_ID.eq(quote.getCompanyId()))
                .fetchOptional(row -> new QuoteDocument.Logo(row.value1(), row.value2(), row.value3()))
                .orElse(null);
        var lines = db.selectFrom(QUOTE_LINE).where(QUOTE_LINE.QUOTE_ID.eq(quote.getId()))
                .orderBy(QUOTE_LINE.POSITION)
                .fetch(line -> new QuoteDocument.Line(line.getPosition(), line.getProductName(), line.getQuantity(),
                        line.getUnitNetPrice(), VatRate.of(line.getVatRate()), line.getNetAmount(),
                        line.getVatAmount()));
        return new QuoteDocument(quote.getId(), quote.getNumber(), quote.getCreatedAt(), quote.getCreatedByName(),
                issuer, logo,
                new QuoteDocument.Customer(quote.getCustomerName(), quote.getCustomerStreet(),
                        quote.getCustomerPostalCode(), quote.getCustomerCity()),
                lines,
                new QuoteTotals(quote.getNetTotal(), quote.getVatTotal(), quote.getGrossTotal()));
    }
}
