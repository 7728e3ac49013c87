package org.extranet.company;

import static org.extranet.db.Tables.COMPANY;

import java.util.List;
import java.util.Optional;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every distributor company, for the service department choosing whom to act for. Staff only:
 * administrators know their own company and have no business browsing the others.
 */
@Service
public class CompanyDirectory {

    static final int MAX_PAGE_SIZE = 200;

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    CompanyDirectory(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    /** Companies whose name or customer number contains the filter, by name, one page at a time. */
    @Transactional(readOnly = true)
    public List<CompanySummary> findCompanies(String filter, int offset, int limit) {
        requireStaff("findCompanies");
        return db.select(COMPANY.ID, COMPANY.NAME, COMPANY.CUSTOMER_NUMBER)
                .from(COMPANY)
                .where(matching(filter))
                .orderBy(COMPANY.NAME.lower(), COMPANY.ID)
                .offset(Math.max(0, offset))
                .limit(Math.clamp(limit, 1, MAX_PAGE_SIZE))
                .fetch(row -> new CompanySummary(row.value1(), row.value2(), row.value3()));
    }

    @Transactional(readOnly = true)
    public Optional<CompanySummary> company(long id) {
        requireStaff("company");
        return db.select(COMPANY.ID, COMPANY.NAME, COMPANY.CUSTOMER_NUMBER)
                .from(COMPANY)
                .where(COMPANY.ID.eq(id))
                .fetchOptional(row -> new CompanySummary(row.value1(), row.value2(), row.value3()));
    }

    private void requireStaff(String attempted) {
        Actor actor = actors.current();
        if (!actor.staff()) {
            audit.refused(actor, attempted, actor.companyId(), Subject.NONE);
            throw new AccessDeniedException("Only the service department browses companies");
        }
    }

    private static Condition matching(String filter) {
        String term = filter.strip();
        if (term.isEmpty()) {
            return DSL.noCondition();
        }
        // jOOQ escapes % and _ in containsIgnoreCase, so the term is matched literally.
        return COMPANY.NAME.containsIgnoreCase(term).or(COMPANY.CUSTOMER_NUMBER.containsIgnoreCase(term));
    }
}
