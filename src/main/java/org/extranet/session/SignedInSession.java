package org.extranet.session;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in session as its user and their administrators see it.
 *
 * @param browser the browser's family ("Firefox"), null when its User-Agent named none
 * @param system  the operating system's family ("Windows"), likewise
 * @param current whether it is the session of the person looking
 */
public record SignedInSession(long id, @Nullable String browser, @Nullable String system,
                              @Nullable String clientAddress, OffsetDateTime signedInAt, OffsetDateTime lastActiveAt,
                              boolean current) {
}
