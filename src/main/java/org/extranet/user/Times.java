package org.extranet.user;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as the admin panel shows them: in the viewer's language and the product's time zone. */
final class Times {

    /** Where the product's users are. */
    static final ZoneId TIME_ZONE = ZoneId.of("Europe/Warsaw");

    private Times() {
    }

    static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(TIME_ZONE);
    }

    /** The time alone when the moment is today, as "blocked until 15:32" reads best. */
    static String timeOrDateTime(OffsetDateTime moment, Locale locale) {
        boolean today = moment.atZoneSameInstant(TIME_ZONE).toLocalDate().equals(LocalDate.now(TIME_ZONE));
        return today
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(TIME_ZONE).format(moment)
                : dateTime(locale).format(moment);
    }
}
