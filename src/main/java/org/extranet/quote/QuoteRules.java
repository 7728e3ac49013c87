package org.extranet.quote;

import java.math.BigDecimal;
import java.util.Optional;
import org.extranet.base.FieldRefusal;
import org.jspecify.annotations.Nullable;

/**
 * What a quote's fields must hold, as translation keys of the message to show; the form checks
 * with these as the user types and the service checks again before storing.
 */
public final class QuoteRules {

    public static final int MAX_LINES = 100;
    public static final int NAME_MAX = 200;
    public static final int STREET_MAX = 200;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int CITY_MAX = 100;
    public static final int PRODUCT_MAX = 200;
    public static final int QUANTITY_DECIMALS = 3;
    public static final int PRICE_DECIMALS = 2;
    /** Limits that keep every amount within the columns that store it. */
    public static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1000000");
    public static final BigDecimal PRICE_LIMIT = new BigDecimal("10000000");

    private QuoteRules() {
    }

    public static Optional<String> text(String value, int max) {
        if (value.isBlank()) {
            return Optional.of("quote.error.required");
        }
        return value.strip().length() > max ? Optional.of("quote.error.too-long") : Optional.empty();
    }

    public static Optional<String> quantity(@Nullable BigDecimal value) {
        if (value == null) {
            return Optional.of("quote.error.quantity.required");
        }
        if (value.signum() <= 0) {
            return Optional.of("quote.error.quantity.positive");
        }
        if (decimals(value) > QUANTITY_DECIMALS) {
            return Optional.of("quote.error.quantity.decimals");
        }
        return value.compareTo(QUANTITY_LIMIT) >= 0 ? Optional.of("quote.error.quantity.too-large") : Optional.empty();
    }

    public static Optional<String> unitNetPrice(@Nullable BigDecimal value) {
        if (value == null) {
            return Optional.of("quote.error.price.required");
        }
        if (value.signum() < 0) {
            return Optional.of("quote.error.price.negative");
        }
        if (decimals(value) > PRICE_DECIMALS) {
            return Optional.of("quote.error.price.decimals");
        }
        return value.compareTo(PRICE_LIMIT) >= 0 ? Optional.of("quote.error.price.too-large") : Optional.empty();
    }

    public static Optional<String> vatRate(@Nullable VatRate value) {
        return value == null ? Optional.of("quote.error.vat.required") : Optional.empty();
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /**
     * Checks a whole draft, as the service does before storing it.
     *
     * @throws FieldRefusal naming the first field to correct
     */
    static void check(QuoteDraft draft) {
        checkText(QuoteField.CUSTOMER_NAME, -1, draft.customerName(), NAME_MAX);
        checkText(QuoteField.CUSTOMER_STREET, -1, draft.customerStreet(), STREET_MAX);
        checkText(QuoteField.CUSTOMER_POSTAL_CODE, -1, draft.customerPostalCode(), POSTAL_CODE_MAX);
        checkText(QuoteField.CUSTOMER_CITY, -1, draft.customerCity(), CITY_MAX);
        if (draft.lines().isEmpty()) {
            throw new FieldRefusal(QuoteField.LINES, "quote.error.no-lines");
        }
        if (draft.lines().size() > MAX_LINES) {
            throw new FieldRefusal(QuoteField.LINES, "quote.error.too-many-lines");
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            QuoteDraft.Line line = draft.lines().get(i);
            checkText(QuoteField.PRODUCT_NAME, i, line.productName(), PRODUCT_MAX);
            check(QuoteField.QUANTITY, i, quantity(line.quantity()));
            check(QuoteField.UNIT_NET_PRICE, i, unitNetPrice(line.unitNetPrice()));
            check(QuoteField.VAT_RATE, i, vatRate(line.vatRate()));
        }
    }

    private static void checkText(QuoteField field, int line, String value, int max) {
        text(value, max).ifPresent(key -> {
            throw new FieldRefusal(field, line, key, max);
        });
    }

    private static void check(QuoteField field, int line, Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new FieldRefusal(field, line, key);
        });
    }
}
