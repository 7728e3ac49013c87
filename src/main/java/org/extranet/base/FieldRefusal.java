package org.extranet.base;

/**
 * Input the service refuses, told at the field it concerns. The field is the feature's own enum
 * constant; for a field repeated on every line of a form (a quote's lines) the line counts from 0.
 */
public final class FieldRefusal extends Refusal {

    /** The line of a field that is not repeated per line. */
    public static final int NO_LINE = -1;

    private final Enum<?> field;
    private final int line;

    public FieldRefusal(Enum<?> field, String messageKey, Object... arguments) {
        this(field, NO_LINE, messageKey, arguments);
    }

    public FieldRefusal(Enum<?> field, int line, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
        this.line = line;
    }

    public Enum<?> field() {
        return field;
    }

    public int line() {
        return line;
    }

    @Override
    public String getMessage() {
        return field + (line == NO_LINE ? "" : " of line " + (line + 1)) + ": " + messageKey();
    }
}
