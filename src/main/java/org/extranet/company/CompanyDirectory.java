package org.extranet.company;

import static org.extranet.db.Tables.COMPANY;

import java.util.List;
import java.util.Optional;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.database.SortFields;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every distributor company, for the service department choosing whom to act for. Staff only:
 * administrators know their own company and have no business browsing the others.
 */
@Service
public class CompanyDirectory {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    CompanyDirectory(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    /** The directory's sortable columns. */
    public enum SortKey { NAME, CUSTOMER_NUMBER, TAX_ID, CITY }

    /**
     * Companies whose name, customer number, tax ID or city contains the filter, sorted (by name
     * unless told otherwise), one page at a time.
     */
    @Transactional(readOnly = true)
    public List<CompanySummary> findCompanies(String filter, PageRequest<SortKey> page) {
        requireStaff("findCompanies");
        return db.select(COMPANY.ID, COMPANY.NAME, COMPANY.CUSTOMER_NUMBER, COMPANY.TAX_ID, COMPANY.CITY)
                .from(COMPANY)
                .where(matching(filter))
                .orderBy(SortFields.of(page.sort(), SortOrder.ascending(SortKey.NAME), CompanyDirectory::sortFields,
                        COMPANY.ID))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(Records.mapping(CompanySummary::new));
    }

    @Transactional(readOnly = true)
    public int countCompanies(String filter) {
        requireStaff("countCompanies");
        return db.fetchCount(COMPANY, matching(filter));
    }

    @Transactional(readOnly = true)
    public Optional<CompanySummary> company(long id) {
        requireStaff("company");
        return db.select(COMPANY.ID, COMPANY.NAME, COMPANY.CUSTOMER_NUMBER, COMPANY.TAX_ID, COMPANY.CITY)
                .from(COMPANY)
                .where(COMPANY.ID.eq(id))
                .fetchOptional(Records.mapping(CompanySummary::new));
    }

    private void requireStaff(String attempted) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, actor.companyId(), attempted);
    }

    /** A company without a tax ID comes last either way. */
    private static List<SortField<?>> sortFields(SortOrder<SortKey> order) {
        Field<String> field = switch (order.key()) {
            case NAME -> COMPANY.NAME.lower();
            case CUSTOMER_NUMBER -> COMPANY.CUSTOMER_NUMBER.lower();
            case TAX_ID -> COMPANY.TAX_ID;
            case CITY -> COMPANY.CITY.lower();
        };
        return List.of(order.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
    }

    private static Condition matching(String filter) {
        String term = filter.strip();
        if (term.isEmpty()) {
            return DSL.noCondition();
        }
        // jOOQ escapes % and _ in containsIgnoreCase, so the term is matched literally.
        return COMPANY.NAME.containsIgnoreCase(term)
                .or(COMPANY.CUSTOMER_NUMBER.containsIgnoreCase(term))
                .or(COMPANY.TAX_ID.containsIgnoreCase(term))
                .or(COMPANY.CITY.containsIgnoreCase(term));
    }
}
