package org.extranet.quote;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything a printed or PDF quote shows. */
public record QuoteDocument(long id, String number, OffsetDateTime createdAt, String createdByName, Issuer issuer,
                            @Nullable Logo logo, Customer customer, List<Line> lines, QuoteTotals totals) {

    /** The distributor issuing the quote, from its company record. */
    public record Issuer(String name, String street, String postalCode, String city, @Nullable String taxId) {
    }

    /** The company logo as stored: a PNG. */
    public record Logo(byte[] png, int width, int height) {
    }

    public record Customer(String name, String street, String postalCode, String city) {
    }

    public record Line(int position, String productName, BigDecimal quantity, BigDecimal unitNetPrice, VatRate vatRate,
                       BigDecimal netAmount, BigDecimal vatAmount) {
        public BigDecimal grossAmount() {
            return netAmount.add(vatAmount);
        }
    }
}
