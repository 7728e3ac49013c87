package org.extranet.mail;

/** Where an outbox row stands; translated under {@code mail.status.<name>}. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
