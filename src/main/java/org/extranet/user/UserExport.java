package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Consumer;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.Language;
import org.extranet.base.SortOrder;
import org.extranet.database.SortFields;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.HeldPermissions;
import org.extranet.user.UserListQuery.SortKey;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin panel's list as a whole, for the CSV export: the same company, search, status and sort
 * as the grid shows, every row, read through a database cursor so that no more than a batch of
 * users is in memory however many the company has.
 */
@Service
public class UserExport {

    private static final int BATCH = 1_000;

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final UserAccess access;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    UserExport(DSLContext db, Actors actors, AuditLog audit, UserAccess access, PlatformTransactionManager transactions) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.access = access;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * Hands every user the query matches, in its order, to {@code each}; returns how many. The
     * export is audited before the first row goes out (its own transaction, so that a download
     * broken off half-way stays on record); the rows are read in a read-only one. The query's page
     * is ignored: the export is the whole list.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int exportUsers(UserListQuery query, Consumer<ExportedUser> each) {
        writing.executeWithoutResult(status -> {
            Actor actor = actors.current();
            access.requireMayManage(actor, query.companyId(), "exportUsers");
            var details = new LinkedHashMap<String, Object>();
            details.put("users", db.fetchCount(APP_USER, UserDirectory.matching(query)));
            if (query.search() != null && !query.search().isBlank()) {
                details.put("search", query.search().strip());
            }
            if (query.status() != null) {
                details.put("status", query.status().name());
            }
            audit.record(actor, AuditAction.USERS_EXPORTED, query.companyId(), Subject.NONE, null, details);
        });
        return Objects.requireNonNull(reading.execute(status -> stream(query, each)));
    }

    private int stream(UserListQuery query, Consumer<ExportedUser> each) {
        int count = 0;
        try (var cursor = db.select(APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.PHONE,
                        APP_USER.LANGUAGE, HeldPermissions.OF_APP_USER, APP_USER.STATUS, APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .where(UserDirectory.matching(query))
                .orderBy(SortFields.of(query.page().sort(), SortOrder.ascending(SortKey.NAME), UserDirectory::sortFields,
                        APP_USER.ID))
                .fetchSize(BATCH)
                .fetchLazy()) {
            for (var row : cursor) {
                each.accept(new ExportedUser(row.value1(), row.value2(), row.value3(), row.value4(),
                        Language.of(row.value5()), row.value6(), row.value7(),
                        row.value8()));
                count++;
            }
        }
        return count;
    }
}
