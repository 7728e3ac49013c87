package org.extranet.mail;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One row of the "Sent mail" list. */
public record OutboxEntry(long id, OffsetDateTime createdAt, String recipient, String subject, MailStatus status,
                          int attempts, @Nullable String lastError) {
}
