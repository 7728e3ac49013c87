package org.extranet.quote;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A quote in the company's list. */
public record QuoteRow(long id, String number, String customerName, OffsetDateTime createdAt, String createdByName,
                       BigDecimal grossTotal) {
}
