package org.extranet.mail;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One mail as staff read it on the "Sent mail" page. A set-password link shows as its placeholder
 * ({@code carriesLink}): the token exists only in the message that went out.
 */
public record MailMessage(long id, String recipient, String subject, String text, String html, MailStatus status,
                          int attempts, @Nullable String lastError, OffsetDateTime createdAt,
                          @Nullable OffsetDateTime sentAt, boolean carriesLink) {
}
