package org.extranet.quote;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quote as the form sends it: the end customer and the lines, not yet checked. */
public record QuoteDraft(String customerName, String customerStreet, String customerPostalCode, String customerCity,
                         List<Line> lines) {

    public record Line(String productName, @Nullable BigDecimal quantity, @Nullable BigDecimal unitNetPrice,
                       @Nullable VatRate vatRate) {
    }
}
