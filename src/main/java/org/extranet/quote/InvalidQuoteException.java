package org.extranet.quote;

/**
 * Input the service will not store, with the field (and for line fields the line, counted from
 * 0) and the translation key of the message to show there.
 */
public class InvalidQuoteException extends RuntimeException {

    private final QuoteField field;
    private final int line;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidQuoteException(QuoteField field, int line, String messageKey, Object... arguments) {
        super(field + (line >= 0 ? " of line " + (line + 1) : "") + ": " + messageKey);
        this.field = field;
        this.line = line;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public QuoteField field() {
        return field;
    }

    /** The line the message is about, from 0; -1 for the customer fields and the list of lines. */
    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message needs filled in, such as the most characters allowed. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
