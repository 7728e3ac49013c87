package org.extranet.password;

import java.time.OffsetDateTime;

/**
 * A set-password link as its mail is stored: the address with {@link #TOKEN_PLACEHOLDER} where the
 * token goes, and the one-time-token row that the token is made for when the mail goes out. It
 * holds nothing that opens an account.
 */
public record PendingLink(long tokenId, String url, OffsetDateTime expiresAt) {

    /** Stands for the token in stored mail; shown as it is on the "Sent mail" page. */
    public static final String TOKEN_PLACEHOLDER = "[one-time-token]";

    public PendingLink {
        if (!url.endsWith("?token=" + TOKEN_PLACEHOLDER)) {
            throw new IllegalArgumentException("A pending link carries the placeholder, never a token");
        }
    }
}
