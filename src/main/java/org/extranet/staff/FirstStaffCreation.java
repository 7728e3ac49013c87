package org.extranet.staff;

import static org.extranet.db.Tables.APP_USER;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.UserStatus;
import org.extranet.mail.LinkMails;
import org.extranet.security.SignedInUser;
import org.extranet.staff.FirstStaffSettings.FirstStaff;
import org.extranet.user.UserAuditState;
import org.extranet.user.UserData;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the first staff account, invited, with its welcome mail, when the database has no staff
 * account yet. Nodes starting together queue behind one transaction-scoped advisory lock, so only
 * the first of them finds no staff account and makes one.
 */
@Component
class FirstStaffCreation {

    static final String SETTING = "extranet.first-staff.email";

    /** What a start found: no staff account (so it made this one), or staff already there. */
    enum Outcome { CREATED, STAFF_EXISTS }

    private final DSLContext db;
    private final LinkMails linkMails;
    private final AuditLog audit;

    FirstStaffCreation(DSLContext db, LinkMails linkMails, AuditLog audit) {
        this.db = db;
        this.linkMails = linkMails;
        this.audit = audit;
    }

    /** Refuses an address that a distributor's user already signs in with ({@link FirstStaffRefused}). */
    @Transactional
    public Outcome createIfNoStaff(FirstStaff wanted) {
        db.fetch("select pg_advisory_xact_lock(hashtext(?))", SETTING);
        if (db.fetchExists(APP_USER, APP_USER.KIND.eq(SignedInUser.STAFF_ROLE))) {
            return Outcome.STAFF_EXISTS;
        }
        if (db.fetchExists(APP_USER, APP_USER.EMAIL.lower().eq(wanted.email().toLowerCase()))) {
            throw FirstStaffRefused.distributorUser(wanted.email());
        }
        long id = db.insertInto(APP_USER)
                .set(APP_USER.KIND, SignedInUser.STAFF_ROLE)
                .set(APP_USER.EMAIL, wanted.email())
                .set(APP_USER.FIRST_NAME, wanted.firstName())
                .set(APP_USER.LAST_NAME, wanted.lastName())
                .set(APP_USER.LANGUAGE, wanted.language().code())
                .set(APP_USER.STATUS, UserStatus.INVITED)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        Subject subject = Subject.user(id, wanted.email());
        var state = new LinkedHashMap<>(UserAuditState.of(new UserData(wanted.email(), wanted.firstName(),
                wanted.lastName(), null, wanted.language(), Set.of()), UserStatus.INVITED));
        state.put("kind", SignedInUser.STAFF_ROLE);
        audit.recordBySetting(SETTING, AuditAction.USER_CREATED, subject, state);
        var expiresAt = linkMails.staffInvitation(id, wanted.email(), wanted.firstName(), wanted.language());
        audit.recordBySetting(SETTING, AuditAction.INVITATION_SENT, subject, Map.of("expiresAt", expiresAt.toString()));
        return Outcome.CREATED;
    }
}
