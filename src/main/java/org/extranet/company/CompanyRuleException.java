package org.extranet.company;

/** An action the rules forbid (a change made meanwhile, taking away what a company must keep). */
public class CompanyRuleException extends RuntimeException {

    private final String messageKey;

    public CompanyRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
