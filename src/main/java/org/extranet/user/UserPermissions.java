package org.extranet.user;

import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.extranet.base.Language;
import org.extranet.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The permissions a company may hand out and those its users hold. Only the user services call
 * it, after their checks, inside their transactions.
 */
@Component
class UserPermissions {

    private final DSLContext db;

    UserPermissions(DSLContext db) {
        this.db = db;
    }

    /** The external permissions this company's administrators may hand out, in catalogue order. */
    List<String> entitlements(long companyId) {
        return db.select(COMPANY_PERMISSION.PERMISSION_CODE)
                .from(COMPANY_PERMISSION)
                .join(EXTERNAL_PERMISSION).on(EXTERNAL_PERMISSION.CODE.eq(COMPANY_PERMISSION.PERMISSION_CODE))
                .where(COMPANY_PERMISSION.COMPANY_ID.eq(companyId))
                .orderBy(EXTERNAL_PERMISSION.POSITION)
                .fetch(COMPANY_PERMISSION.PERMISSION_CODE);
    }

    /** The user's data as stored, with the permissions they hold. */
    UserData dataOf(AppUserRecord user) {
        return new UserData(user.getEmail(), user.getFirstName(), user.getLastName(), user.getPhone(),
                Language.of(user.getLanguage()), held(user.getId()));
    }

    Set<String> held(long userId) {
        return new TreeSet<>(db.select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(userId)).fetch(USER_PERMISSION.PERMISSION_CODE));
    }

    void grant(long userId, long companyId, Set<String> permissions) {
        for (String code : permissions) {
            db.insertInto(USER_PERMISSION)
                    .set(USER_PERMISSION.USER_ID, userId)
                    .set(USER_PERMISSION.COMPANY_ID, companyId)
                    .set(USER_PERMISSION.PERMISSION_CODE, code)
                    .execute();
        }
    }

    /** Takes away every permission the user holds beyond {@code kept}. */
    void revokeAllBut(long userId, Set<String> kept) {
        db.deleteFrom(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(userId).and(USER_PERMISSION.PERMISSION_CODE.notIn(kept)))
                .execute();
    }
}
