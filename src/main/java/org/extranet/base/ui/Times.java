package org.extranet.base.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.extranet.base.ProductTime;

/** Moments as pages show them: in the viewer's language and the product's time zone. */
public final class Times {

    private Times() {
    }

    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ProductTime.ZONE);
    }

    /** The time alone when the moment falls on the same day as {@code now}, as "blocked until 15:32" reads best. */
    public static String timeOrDateTime(OffsetDateTime moment, OffsetDateTime now, Locale locale) {
        boolean today = day(moment).equals(day(now));
        return today
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(ProductTime.ZONE).format(moment)
                : dateTime(locale).format(moment);
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ProductTime.ZONE).toLocalDate();
    }
}
