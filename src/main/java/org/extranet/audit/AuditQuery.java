package org.extranet.audit;

import java.time.LocalDate;
import org.extranet.base.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * What the audit log view asks for: one company's events (or, for staff, every company's),
 * narrowed by a text in the acting user's or the subject's label, an action and a date range
 * (whole days in {@link org.extranet.base.ProductTime#ZONE}, both ends included), one page at a
 * time, newest first unless sorted by time the other way.
 */
public record AuditQuery(@Nullable Long companyId, @Nullable String text, @Nullable AuditAction action,
                         @Nullable LocalDate from, @Nullable LocalDate to, PageRequest<SortKey> page) {

    public enum SortKey { TIME }

    /** The first page, newest first, with no filters. */
    public static AuditQuery of(@Nullable Long companyId) {
        return new AuditQuery(companyId, null, null, null, null, PageRequest.of(0, 50));
    }

    public AuditQuery withText(@Nullable String text) {
        return new AuditQuery(companyId, text, action, from, to, page);
    }

    public AuditQuery withAction(@Nullable AuditAction action) {
        return new AuditQuery(companyId, text, action, from, to, page);
    }

    public AuditQuery between(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new AuditQuery(companyId, text, action, from, to, page);
    }

    public AuditQuery page(PageRequest<SortKey> page) {
        return new AuditQuery(companyId, text, action, from, to, page);
    }
}
