package org.extranet.mail;

/** A sort order of the "Sent mail" list, in terms the service knows (no UI types). */
public record SentMailSort(Column column, boolean ascending) {

    public enum Column {
        CREATED, RECIPIENT, SUBJECT, STATUS, ATTEMPTS
    }
}
