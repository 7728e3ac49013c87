package org.extranet.address;

import java.util.List;

/** A rejection's reason the service refuses (missing or too long), with the translation key and arguments. */
public class InvalidReasonException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public InvalidReasonException(String messageKey, Object... arguments) {
        super("reason: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
