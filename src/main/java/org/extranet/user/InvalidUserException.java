package org.extranet.user;

/** Input the service refuses, with the field it concerns and the translation key of the reason. */
public class InvalidUserException extends RuntimeException {

    private final UserField field;
    private final String messageKey;

    public InvalidUserException(UserField field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public UserField field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
