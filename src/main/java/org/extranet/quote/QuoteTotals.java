package org.extranet.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of a quote, in one place for the form's live totals, the stored quote and the
 * documents: each line's net amount is rounded to the grosz, its VAT is computed from that rounded
 * amount and rounded too, and the totals are the sums of the rounded line amounts.
 */
public record QuoteTotals(BigDecimal net, BigDecimal vat, BigDecimal gross) {

    /** One line's amounts. */
    public record LineAmounts(BigDecimal net, BigDecimal vat) {
        public BigDecimal gross() {
            return net.add(vat);
        }
    }

    public static LineAmounts line(BigDecimal quantity, BigDecimal unitNetPrice, VatRate rate) {
        BigDecimal net = money(quantity.multiply(unitNetPrice));
        return new LineAmounts(net, money(net.multiply(rate.fraction())));
    }

    public static QuoteTotals of(List<LineAmounts> lines) {
        BigDecimal net = money(BigDecimal.ZERO);
        BigDecimal vat = money(BigDecimal.ZERO);
        for (LineAmounts line : lines) {
            net = net.add(line.net());
            vat = vat.add(line.vat());
        }
        return new QuoteTotals(net, vat, net.add(vat));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
