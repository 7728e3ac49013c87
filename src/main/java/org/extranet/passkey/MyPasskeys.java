package org.extranet.passkey;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.PASSKEY;

import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.Language;
import org.extranet.mail.Outbox;
import org.extranet.mail.PasskeyRemovedMail;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.RecentSignIn;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Passkeys" on Account information: the signed-in user's passkeys, renaming and removing them.
 * Adding one is a WebAuthn ceremony with the browser ({@link PasskeyCeremonies}); the name for it is
 * checked here first. Only the owner reaches a passkey: another's is refused and on record, like
 * one that does not exist. A removal is mailed to the user.
 */
@Service
public class MyPasskeys {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final Outbox outbox;
    private final RecentSignIn recentSignIn;

    MyPasskeys(DSLContext db, Actors actors, AuditLog audit, Outbox outbox, RecentSignIn recentSignIn) {
        this.recentSignIn = recentSignIn;
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The user's passkeys, oldest first. */
    @Transactional(readOnly = true)
    public List<Passkey> myPasskeys() {
        return db.select(PASSKEY.ID, PASSKEY.LABEL, PASSKEY.CREATED_AT, PASSKEY.LAST_USED_AT)
                .from(PASSKEY)
                .where(PASSKEY.USER_ID.eq(actors.current().id()))
                .orderBy(PASSKEY.CREATED_AT, PASSKEY.ID)
                .fetch(Records.mapping(Passkey::new));
    }

    /** "Add a passkey", before the browser makes it: the name as it will be stored, or a refusal at the field. */
    @Transactional(readOnly = true)
    public String nameForNewPasskey(String name) {
        actors.current();
        recentSignIn.require();
        return PasskeyNames.checked(name);
    }

    @Transactional
    public Passkey renamePasskey(long passkeyId, String name) {
        Actor me = actors.current();
        String newName = PasskeyNames.checked(name);
        Mine passkey = mine(me, passkeyId, "renamePasskey");
        var renamed = db.update(PASSKEY).set(PASSKEY.LABEL, newName).where(PASSKEY.ID.eq(passkeyId))
                .returningResult(PASSKEY.ID, PASSKEY.LABEL, PASSKEY.CREATED_AT, PASSKEY.LAST_USED_AT)
                .fetchSingle(Records.mapping(Passkey::new));
        if (!newName.equals(passkey.name())) {
            audit.record(me, AuditAction.PASSKEY_RENAMED, me.companyId(), Subject.user(me.id(), passkey.email()),
                    Map.of("passkey", passkey.name()), Map.of("passkey", newName));
        }
        return renamed;
    }

    /**
     * The passkey signs nobody in any more; the user is mailed, in case it was not them. Asks for the
     * password again after a while, as adding one does.
     */
    @Transactional
    public void removePasskey(long passkeyId) {
        Actor me = actors.current();
        Mine passkey = mine(me, passkeyId, "removePasskey");
        recentSignIn.require();
        db.deleteFrom(PASSKEY).where(PASSKEY.ID.eq(passkeyId)).execute();
        audit.record(me, AuditAction.PASSKEY_REMOVED, me.companyId(), Subject.user(me.id(), passkey.email()),
                Map.of("passkey", passkey.name()), null);
        outbox.queue(new PasskeyRemovedMail(passkey.email(), Language.of(passkey.language()), passkey.firstName(),
                passkey.name()));
    }

    /**
     * The actor's own passkey, locked for the change; gone meanwhile (removed in another tab) is a
     * concurrent change, someone else's is refused and on record.
     */
    private Mine mine(Actor me, long passkeyId, String attempted) {
        Mine passkey = db.select(PASSKEY.USER_ID, APP_USER.COMPANY_ID, APP_USER.EMAIL, APP_USER.FIRST_NAME,
                        APP_USER.LANGUAGE, PASSKEY.LABEL)
                .from(PASSKEY).join(APP_USER).on(APP_USER.ID.eq(PASSKEY.USER_ID))
                .where(PASSKEY.ID.eq(passkeyId))
                .forUpdate().of(PASSKEY)
                .fetchOne(Records.mapping(Mine::new));
        if (passkey == null) {
            throw new ConcurrentChange("passkeys.error.gone");
        }
        if (passkey.userId() != me.id()) {
            audit.refused(me, attempted, passkey.companyId(), Subject.user(passkey.userId(), passkey.email()));
            throw new AccessDeniedException("Not a passkey of the signed-in user: " + passkeyId);
        }
        return passkey;
    }

    /** A passkey and its owner, as far as a change needs them. */
    private record Mine(long userId, @Nullable Long companyId, String email, String firstName, String language,
                        String name) {
    }
}
