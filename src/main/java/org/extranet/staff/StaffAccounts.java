package org.extranet.staff;

import static org.extranet.db.Tables.APP_USER;

import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.StaffOnly;
import org.extranet.base.Language;
import org.extranet.base.Refusal;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.mail.Outbox;
import org.extranet.mail.SecondFactorMail;
import org.extranet.secondfactor.SecondFactors;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.SignedInUser;
import org.jooq.DSLContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff list in the back office, and "Remove second factor" for a colleague who lost theirs. */
@Service
public class StaffAccounts {

    /** More staff than this is not a department; the list stops here rather than grow without bound. */
    static final int LIST_LIMIT = 500;

    private final DSLContext db;
    private final Actors actors;
    private final SecondFactors secondFactors;
    private final Outbox outbox;
    private final AuditLog audit;

    StaffAccounts(DSLContext db, Actors actors, SecondFactors secondFactors, Outbox outbox, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.secondFactors = secondFactors;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> staffAccounts() {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, null, "staffAccounts");
        return db.selectFrom(APP_USER).where(APP_USER.KIND.eq(SignedInUser.STAFF_ROLE))
                .orderBy(APP_USER.LAST_NAME, APP_USER.FIRST_NAME, APP_USER.ID)
                .limit(LIST_LIMIT)
                .fetch(user -> new StaffAccount(user.getId(), user.getFirstName() + " " + user.getLastName(),
                        user.getEmail(), secondFactors.secondFactorSince(user.getId()).orElse(null),
                        user.getLastSignInAt(), user.getId() == actor.id()));
    }

    /**
     * Takes every second factor of a colleague who lost theirs; they set up a new one right after
     * their password at the next sign-in, and are told by mail. Not one's own: that would undo a
     * factor without giving it.
     */
    @Transactional
    public void removeSecondFactor(long staffUserId) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, null, "removeStaffSecondFactor");
        AppUserRecord colleague = db.selectFrom(APP_USER).where(APP_USER.ID.eq(staffUserId)).forNoKeyUpdate().fetchOne();
        if (colleague == null || !SignedInUser.STAFF_ROLE.equals(colleague.getKind())) {
            audit.refused(actor, "removeStaffSecondFactor", colleague == null ? null : colleague.getCompanyId(),
                    colleague == null ? Subject.NONE : Subject.user(staffUserId, colleague.getEmail()));
            throw new AccessDeniedException("Not a staff account: " + staffUserId);
        }
        if (staffUserId == actor.id()) {
            throw new Refusal("staff.error.own-second-factor");
        }
        List<String> removed = secondFactors.removeAll(staffUserId);
        if (removed.isEmpty()) {
            return;
        }
        outbox.queue(new SecondFactorMail(colleague.getEmail(), Language.of(colleague.getLanguage()),
                colleague.getFirstName(), SecondFactorMail.Change.REMOVED_BY_ADMINISTRATOR));
        audit.record(actor, AuditAction.SECOND_FACTOR_REMOVED, null, Subject.user(staffUserId, colleague.getEmail()),
                Map.of("factor", String.join(", ", removed)), null);
    }
}
