package org.extranet.quote;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.extranet.base.ProductTime;

/**
 * Amounts, quantities and dates as a reader of the given language writes them: "1 234,50 zł" in
 * Polish, "PLN 1,234.50" in English. Quotes are in Polish złoty.
 */
public final class Amounts {

    private static final Currency PLN = Currency.getInstance("PLN");

    private Amounts() {
    }

    public static String money(BigDecimal amount, Locale locale) {
        if (isPolish(locale)) {
            NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("pl-PL"));
            format.setCurrency(PLN);
            return format.format(amount);
        }
        return PLN.getCurrencyCode() + "\u00a0" + number(amount, 2, 2, locale);
    }

    public static String quantity(BigDecimal quantity, Locale locale) {
        return number(quantity, 0, QuoteRules.QUANTITY_DECIMALS, locale);
    }

    /** A number as it is typed into a field: no grouping, the language's decimal separator ("1299,5" in Polish). */
    public static String plain(BigDecimal value, Locale locale) {
        String plain = value.toPlainString();
        return isPolish(locale) ? plain.replace('.', ',') : plain;
    }

    public static String date(OffsetDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(time.atZoneSameInstant(ProductTime.ZONE));
    }

    private static String number(BigDecimal value, int minDecimals, int maxDecimals, Locale locale) {
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(isPolish(locale)
                ? Locale.forLanguageTag("pl-PL") : locale));
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    private static boolean isPolish(Locale locale) {
        return "pl".equals(locale.getLanguage());
    }
}
