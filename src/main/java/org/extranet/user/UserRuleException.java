package org.extranet.user;

/**
 * An action the rules forbid (locking yourself, leaving a company without an administrator, a
 * change made meanwhile by someone else), with the translation key of the explanation.
 */
public class UserRuleException extends RuntimeException {

    private final String messageKey;

    public UserRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
