package org.extranet.mail;

/** Why a mail could not be sent, as the outbox keeps it and staff read it on "Sent mail". */
final class SendError {

    private static final int ERROR_LENGTH = 500;

    private SendError() {
    }

    /** The error and its root cause, short enough for a grid cell. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (root != error) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
