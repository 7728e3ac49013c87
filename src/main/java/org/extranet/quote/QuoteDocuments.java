package org.extranet.quote;

import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_LOGO;
import static org.extranet.db.Tables.QUOTE_LINE;

import org.extranet.db.tables.records.QuoteRecord;
import org.jooq.DSLContext;
import org.jooq.Records;
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
                .fetchSingle(Records.mapping(QuoteDocument.Issuer::new));
        var logo = db.select(COMPANY_LOGO.IMAGE, COMPANY_LOGO.WIDTH, COMPANY_LOGO.HEIGHT)
                .from(COMPANY_LOGO).where(COMPANY_LOGO.COMPANY_ID.eq(quote.getCompanyId()))
                .fetchOptional(Records.mapping(QuoteDocument.Logo::new))
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
