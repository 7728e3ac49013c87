package org.extranet.quote;

import java.math.BigDecimal;

/** The Polish VAT rates a quote line can carry. */
public enum VatRate {
    RATE_23(23),
    RATE_8(8),
    RATE_5(5),
    RATE_0(0);

    private final int percent;

    VatRate(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    BigDecimal fraction() {
        return BigDecimal.valueOf(percent).movePointLeft(2);
    }

    public static VatRate of(int percent) {
        for (VatRate rate : values()) {
            if (rate.percent == percent) {
                return rate;
            }
        }
        throw new IllegalArgumentException("No VAT rate of " + percent + " %");
    }
}
