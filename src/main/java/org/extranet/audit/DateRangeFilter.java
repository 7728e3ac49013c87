package org.extranet.audit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "From" and "To" dates in the UI's language. The end bounds the start, so a start after the end
 * is marked at the start field with a message (once, not on both fields), and checked again
 * whenever either end moves.
 */
class DateRangeFilter extends FlexLayout {

    private final Day from = new Day();
    private final Day to = new Day();

    DateRangeFilter(Runnable changed) {
        Locale locale = getLocale();
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setI18n(i18n(locale).setMaxErrorMessage(getTranslation("audit.from.after-to")));
        to.setI18n(i18n(locale));
        for (Day day : List.of(from, to)) {
            day.setLocale(locale);
            day.setClearButtonVisible(true);
            day.addValueChangeListener(change -> {
                from.setMax(to.getValue());
                from.recheck();
                changed.run();
            });
        }
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(from, to);
    }

    @Nullable LocalDate from() {
        return from.getValue();
    }

    @Nullable LocalDate to() {
        return to.getValue();
    }

    /** Month and day names come from Java's locale data, so the calendar speaks Polish too. */
    private DatePicker.DatePickerI18n i18n(Locale locale) {
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(getTranslation("audit.date.today"))
                .setCancel(getTranslation("audit.date.cancel"))
                .setBadInputErrorMessage(getTranslation("audit.date.bad-input"));
    }

    /** A date picker whose own check can be run again when the other end of the range moves. */
    static final class Day extends DatePicker {
        void recheck() {
            validate();
        }
    }
}
