package org.extranet.password;

import java.time.OffsetDateTime;

/** A freshly issued set-password link, for the e-mail that carries it; the only place its token exists. */
public record IssuedLink(String url, OffsetDateTime expiresAt) {

    /** Keeps the token out of logs and exception messages that print the record. */
    @Override
    public String toString() {
        return "IssuedLink[expiresAt=" + expiresAt + "]";
    }
}
