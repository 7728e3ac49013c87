package org.extranet.address;

/**
 * An action the state of things forbids: the address or request is gone, or the request was
 * already decided (by a colleague, say). Carries the translation key of what to tell the user.
 */
public class AddressRuleException extends RuntimeException {

    private final String messageKey;

    public AddressRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
