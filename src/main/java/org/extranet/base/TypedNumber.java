package org.extranet.base;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A decimal number as someone types or pastes it, the Polish way or the English way: "1299,00",
 * "1 299,00", "1.299,00", "1299.00" and "1,299.00" all read as 1299. What could be read two ways
 * is refused instead of guessed: "1,299" or "1.299" alone (one separator with exactly three digits
 * after it) is 1299 to some readers and 1.299 to others, and a wrong guess changes the amount a
 * thousandfold. Blank reads as no value and no refusal; the caller decides whether it is required.
 */
public record TypedNumber(@Nullable BigDecimal value, @Nullable Refusal refusal) {

    public enum Refusal { NOT_A_NUMBER, AMBIGUOUS }

    /** Spaces of every width, as spreadsheets and formatted amounts group thousands with them. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u2009\\u202f]+");
    private static final Pattern BODY = Pattern.compile("[0-9 .,]*[0-9]");
    private static final Pattern FIRST_GROUP = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int LONGEST = 40;

    public static TypedNumber read(String text) {
        String typed = SPACES.matcher(text).replaceAll(" ").strip();
        if (typed.isEmpty()) {
            return new TypedNumber(null, null);
        }
        boolean negative = typed.startsWith("-") || typed.startsWith("\u2212");
        String body = negative ? typed.substring(1) : typed;
        if (body.length() > LONGEST || !BODY.matcher(body).matches()) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        int lastDot = body.lastIndexOf('.');
        int lastComma = body.lastIndexOf(',');
        boolean spaced = body.indexOf(' ') >= 0;
        int decimalAt;
        char grouping;
        if (lastDot >= 0 && lastComma >= 0) {
            // Both: the later one ends the whole part, the other groups thousands ("1.299,00", "1,299.00").
            if (spaced) {
                return refused(Refusal.NOT_A_NUMBER);
            }
            decimalAt = Math.max(lastDot, lastComma);
            grouping = decimalAt == lastDot ? ',' : '.';
        } else if (lastDot >= 0 || lastComma >= 0) {
            char separator = lastDot >= 0 ? '.' : ',';
            int at = Math.max(lastDot, lastComma);
            boolean once = body.indexOf(separator) == at;
            if (spaced) {
                // Spaces group the thousands, so the separator can only end the whole part.
                decimalAt = at;
                grouping = ' ';
            } else if (!once) {
                // A number has one decimal separator: repeated, it groups thousands ("1.299.000").
                decimalAt = -1;
                grouping = separator;
            } else if (body.length() - at - 1 == 3 && FIRST_GROUP.matcher(body.substring(0, at)).matches()) {
                return refused(Refusal.AMBIGUOUS);
            } else {
                decimalAt = at;
                grouping = ' ';
            }
        } else {
            decimalAt = -1;
            grouping = ' ';
        }
        String whole = decimalAt < 0 ? body : body.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : body.substring(decimalAt + 1);
        String wholeDigits = grouped(whole, grouping);
        if (wholeDigits == null || !(fraction.isEmpty() || DIGITS.matcher(fraction).matches())) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        String plain = (wholeDigits.isEmpty() ? "0" : wholeDigits) + (fraction.isEmpty() ? "" : "." + fraction);
        var value = new BigDecimal(plain);
        return new TypedNumber(negative ? value.negate() : value, null);
    }

    /** The whole part's digits when its thousands are grouped correctly (1 to 3 digits, then threes). */
    private static @Nullable String grouped(String whole, char grouping) {
        if (whole.indexOf(grouping) < 0) {
            return whole.isEmpty() || DIGITS.matcher(whole).matches() ? whole : null;
        }
        String[] groups = whole.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (!FIRST_GROUP.matcher(groups[0]).matches()) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !DIGITS.matcher(groups[i]).matches()) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static TypedNumber refused(Refusal refusal) {
        return new TypedNumber(null, refusal);
    }
}
