package org.extranet.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event of the audit log as the view shows it: who acted (as they were called then), whether
 * staff acted on the company's behalf, what they did to whom, and the state before and after, both
 * as the JSON kept and as a list of the fields that changed.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actorLabel, boolean onBehalf,
                         @Nullable Long companyId, @Nullable String companyName, AuditAction action,
                         @Nullable String subjectLabel, @Nullable String before, @Nullable String after,
                         List<Change> changes) {

    /**
     * A field that differs between the two states. {@code before} is null when the field is new
     * (an account created, say); {@code after} is null when it is gone (an account deleted).
     */
    public record Change(String field, @Nullable String before, @Nullable String after) {
    }
}
