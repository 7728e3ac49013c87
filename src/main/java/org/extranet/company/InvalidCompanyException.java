package org.extranet.company;

/** Company data the service refuses, with the field it concerns and the translation key of the reason. */
public class InvalidCompanyException extends RuntimeException {

    private final CompanyField field;
    private final String messageKey;

    public InvalidCompanyException(CompanyField field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public CompanyField field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
