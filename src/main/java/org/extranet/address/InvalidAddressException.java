package org.extranet.address;

import java.util.List;

/** Input the service refuses, with the field it concerns and the translation key and arguments of the reason. */
public class InvalidAddressException extends RuntimeException {

    private final AddressField field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidAddressException(AddressField field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public AddressField field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
