package org.extranet.security;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A user signed in and their session got its record: published inside the transaction that wrote
 * it, so that what listeners write (a mail) stands or falls with it.
 *
 * @param browser the browser's family as its User-Agent names it, null when it names none
 * @param system  the operating system's family, likewise
 */
public record SessionStarted(long userId, long sessionId, @Nullable String browser, @Nullable String system,
                             @Nullable String clientAddress, OffsetDateTime signedInAt) {
}
