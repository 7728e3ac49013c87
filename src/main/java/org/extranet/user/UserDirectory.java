package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import io.micrometer.core.annotation.Timed;
import java.time.OffsetDateTime;
import java.util.List;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditLog;
import org.extranet.base.Refusal;
import org.extranet.base.SortOrder;
import org.extranet.base.UserStatus;
import org.extranet.company.CompanySummary;
import org.extranet.database.SortFields;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.security.Actors;
import org.extranet.security.HeldPermissions;
import org.extranet.user.UserListQuery.SortKey;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.conf.StatementType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin panel reads about a company's users: the list, one user for editing, what may be
 * granted. An administrator reads their own company, staff any; anything else is refused and audited.
 */
@Service
public class UserDirectory {

    /** The most users one bulk action takes: enough for any distributor, few enough for one run. */
    public static final int MOST_SELECTED_AT_ONCE = 10_000;

    /** How long the admin panel waits for a page of its list or for the count (Prometheus: extranet_admin_panel_list_seconds). */
    static final String LIST_TIMER = "extranet.admin.panel.list";
    private static final String LIST_TIMER_DESCRIPTION = "The admin panel's list of a company's users: a page, or the count";

    private final DSLContext db;
    /**
     * The list's own queries, sent with their values in the SQL: PostgreSQL then plans each for its
     * company. A prepared statement's plan, cached for a company of fifty, counted a company of
     * 100,000 through the wrong index, 3.4 times slower than the same SQL sent once.
     */
    private final DSLContext planned;
    private final Actors actors;
    private final AuditLog audit;
    private final UserAccess access;
    private final UserPermissions permissions;

    UserDirectory(DSLContext db, Actors actors, AuditLog audit, UserAccess access, UserPermissions permissions) {
        this.db = db;
        this.planned = db.configuration().deriveSettings(settings -> settings.withStatementType(StatementType.STATIC_STATEMENT)).dsl();
        this.actors = actors;
        this.audit = audit;
        this.access = access;
        this.permissions = permissions;
    }

    /**
     * The company a distributor administrator manages: their own. Staff have none (they choose one
     * in the company directory) and users without the permission may not manage any.
     */
    @Transactional(readOnly = true)
    public CompanySummary myCompany() {
        long companyId = AdministratorsOnly.ownCompany(actors.current(), audit, "myCompany");
        return db.select(COMPANY.ID, COMPANY.NAME, COMPANY.CUSTOMER_NUMBER, COMPANY.TAX_ID, COMPANY.CITY)
                .from(COMPANY)
                .where(COMPANY.ID.eq(companyId))
                .fetchSingle(Records.mapping(CompanySummary::new));
    }

    /**
     * One page of the list. The page's ids are found first and the rows read for those ids only:
     * the permissions of users skipped over on a deep page are never looked up.
     */
    @Transactional(readOnly = true)
    @Timed(value = LIST_TIMER, extraTags = {"query", "page"}, histogram = true, description = LIST_TIMER_DESCRIPTION)
    public List<UserRow> listUsers(UserListQuery query) {
        access.requireMayManage(actors.current(), query.companyId(), "listUsers");
        return planned.fetch(page(query)).map(Records.mapping(UserRow::new));
    }

    /** The SQL of one page, on its own: the benchmark runs the very same over plain JDBC. */
    static Select<Record7<Long, String, String, String, List<String>, UserStatus, OffsetDateTime>> page(UserListQuery query) {
        var order = SortFields.of(query.page().sort(), SortOrder.ascending(SortKey.NAME), UserDirectory::sortFields,
                APP_USER.ID);
        var ids = select(APP_USER.ID).from(APP_USER)
                .where(matching(query))
                .orderBy(order)
                .offset(query.page().offset())
                .limit(query.page().limit())
                .asTable("page");
        return select(APP_USER.ID, APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.EMAIL,
                        HeldPermissions.OF_APP_USER,
                        APP_USER.STATUS,
                        APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .join(ids).on(APP_USER.ID.eq(ids.field(APP_USER.ID)))
                .orderBy(order);
    }

    @Transactional(readOnly = true)
    @Timed(value = LIST_TIMER, extraTags = {"query", "count"}, histogram = true, description = LIST_TIMER_DESCRIPTION)
    public int countUsers(UserListQuery query) {
        access.requireMayManage(actors.current(), query.companyId(), "countUsers");
        return planned.fetchOptional(count(query)).map(Record1::value1).orElse(0);
    }

    /** Without a search or a status, the company's own count, which the database keeps (V23); else a count. */
    static Select<Record1<Integer>> count(UserListQuery query) {
        String search = query.search();
        if ((search == null || search.isBlank()) && query.status() == null) {
            return select(COMPANY.USER_COUNT).from(COMPANY).where(COMPANY.ID.eq(query.companyId()));
        }
        return selectCount().from(APP_USER).where(matching(query));
    }

    /**
     * "Select all matching": the ids of every user the list's search and status leave, not only
     * the rows loaded so far, in the list's default order. Beyond {@link #MOST_SELECTED_AT_ONCE}
     * the filter must narrow them first.
     */
    @Transactional(readOnly = true)
    public List<Long> matchingUserIds(long companyId, @Nullable String search, @Nullable UserStatus status) {
        access.requireMayManage(actors.current(), companyId, "matchingUserIds");
        List<Long> ids = db.select(APP_USER.ID).from(APP_USER)
                .where(matching(companyId, search, status))
                .orderBy(APP_USER.LAST_NAME_SORT, APP_USER.FIRST_NAME_SORT, APP_USER.ID)
                .limit(MOST_SELECTED_AT_ONCE + 1)
                .fetch(APP_USER.ID);
        if (ids.size() > MOST_SELECTED_AT_ONCE) {
            throw new Refusal("bulk.error.too-many", MOST_SELECTED_AT_ONCE);
        }
        return ids;
    }

    /** The external permissions this company's administrators may hand out, in catalogue order. */
    @Transactional(readOnly = true)
    public List<String> grantablePermissions(long companyId) {
        access.requireMayManage(actors.current(), companyId, "grantablePermissions");
        return permissions.entitlements(companyId);
    }

    @Transactional(readOnly = true)
    public EditableUser userForEdit(long userId) {
        AppUserRecord user = access.target(actors.current(), userId, "userForEdit", false);
        return new EditableUser(user.getId(), user.getCompanyId(), user.getVersion(),
                user.getStatus(), permissions.dataOf(user));
    }

    static Condition matching(UserListQuery query) {
        return matching(query.companyId(), query.search(), query.status());
    }

    private static Condition matching(long companyId, @Nullable String search, @Nullable UserStatus status) {
        Condition condition = APP_USER.COMPANY_ID.eq(companyId);
        if (search != null && !search.isBlank()) {
            String escaped = search.strip().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            condition = condition.and(APP_USER.SEARCH_TEXT.like("%" + escaped + "%", '\\'));
        }
        if (status != null) {
            condition = condition.and(APP_USER.STATUS.eq(status));
        }
        return condition;
    }

    static List<SortField<?>> sortFields(SortOrder<SortKey> order) {
        return switch (order.key()) {
            case NAME -> SortFields.in(order, APP_USER.LAST_NAME_SORT, APP_USER.FIRST_NAME_SORT);
            case EMAIL -> SortFields.in(order, APP_USER.EMAIL.lower());
            case STATUS -> SortFields.in(order, APP_USER.STATUS);
            // Never signed in counts as longest ago, as the index on the last sign-in has it.
            case LAST_SIGN_IN -> List.of(order.descending()
                    ? APP_USER.LAST_SIGN_IN_AT.desc().nullsLast() : APP_USER.LAST_SIGN_IN_AT.asc().nullsFirst());
        };
    }
}
