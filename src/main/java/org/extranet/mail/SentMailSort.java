package org.extranet.mail;

/** The columns the "Sent mail" list sorts by. */
public enum SentMailSort {
    CREATED, RECIPIENT, SUBJECT, STATUS, ATTEMPTS
}
