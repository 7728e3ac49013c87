package org.extranet.password;

import java.util.List;

/**
 * A new password the policy refuses (or, when changing it, a wrong current password), with the field to show the message at and the message's
 * translation key and arguments. Nothing was changed.
 */
public class PasswordRefused extends RuntimeException {

    /** The fields of a form that sets a password; only "Change password" asks for the current one. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD, REPEAT }

    private final Field field;
    private final String messageKey;
    private final List<Object> arguments;

    public PasswordRefused(Field field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
