package org.extranet.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit log view asks for: one company's events (or, for staff, every company's),
 * narrowed by a text in the acting user's or the subject's label, an action and a date range
 * (whole days in {@link org.extranet.base.ProductTime#ZONE}, both ends included), one page at a time.
 */
public record AuditQuery(@Nullable Long companyId, @Nullable String text, @Nullable AuditAction action,
                         @Nullable LocalDate from, @Nullable LocalDate to, Order order, int offset, int limit) {

    public enum Order { NEWEST_FIRST, OLDEST_FIRST }

    /** The first page, newest first, with no filters. */
    public static AuditQuery of(@Nullable Long companyId) {
        return new AuditQuery(companyId, null, null, null, null, Order.NEWEST_FIRST, 0, 50);
    }

    public AuditQuery withText(@Nullable String text) {
        return new AuditQuery(companyId, text, action, from, to, order, offset, limit);
    }

    public AuditQuery withAction(@Nullable AuditAction action) {
        return new AuditQuery(companyId, text, action, from, to, order, offset, limit);
    }

    public AuditQuery between(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new AuditQuery(companyId, text, action, from, to, order, offset, limit);
    }

    public AuditQuery ordered(Order order) {
        return new AuditQuery(companyId, text, action, from, to, order, offset, limit);
    }

    public AuditQuery page(int offset, int limit) {
        return new AuditQuery(companyId, text, action, from, to, order, offset, limit);
    }
}
