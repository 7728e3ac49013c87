package org.extranet.base;

import java.util.List;

/**
 * An action the service refuses; nothing was changed. It carries what to tell the user, as the
 * translation key of a message and the message's arguments, so that every refusal reads the same
 * in both languages wherever it is shown.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message needs filled in, such as the most characters allowed. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
