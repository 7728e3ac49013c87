package org.extranet.mail;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One mail as staff read it on the "Sent mail" page. */
public record MailMessage(long id, String recipient, String subject, String text, String html, MailStatus status,
                          int attempts, @Nullable String lastError, OffsetDateTime createdAt,
                          @Nullable OffsetDateTime sentAt) {
}
