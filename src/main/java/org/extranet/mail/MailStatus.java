package org.extranet.mail;

/** Where an outbox row stands; translated under {@code mail.status.<name>}. */
public enum MailStatus {
    PENDING, SENT, FAILED,
    /** Never sent: the set-password link it was to carry was voided, used or expired first. */
    VOIDED
}
