package org.extranet.account;

import static org.extranet.db.Tables.APP_USER;

import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Language;
import org.extranet.mail.Outbox;
import org.extranet.mail.PasswordChangedMail;
import org.extranet.password.PasswordFormField;
import org.extranet.password.PasswordLinks;
import org.extranet.password.PasswordPolicy;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.CurrentUser;
import org.extranet.security.PasswordConfirmation;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** "Change password" on Account information: the signed-in user replaces their own password. */
@Service
public class PasswordChange {

    private final DSLContext db;
    private final Actors actors;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Outbox outbox;
    private final AuditLog audit;
    private final PasswordLinks links;
    private final PasswordConfirmation confirmation;

    PasswordChange(DSLContext db, Actors actors, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                   Outbox outbox, AuditLog audit, PasswordLinks links, PasswordConfirmation confirmation) {
        this.db = db;
        this.actors = actors;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.outbox = outbox;
        this.audit = audit;
        this.links = links;
        this.confirmation = confirmation;
    }

    /**
     * Checks the current password, applies the policy to the new one, stores it and ends the
     * user's other sessions (on every node, on their next request), while this session goes on.
     * Links to set a password that are still outstanding stop working: whoever holds one (a reset
     * the user asked for and forgot, a mailbox read by someone else) cannot undo the change. The
     * user gets a "your password was changed" mail.
     *
     * @throws FieldRefusal at the field to blame; nothing was changed
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeat) {
        Actor me = actors.current();
        // FOR NO KEY UPDATE: password changes wait for each other, while rows that merely reference
        // the user (the audit row of a sign-in block this attempt may begin) can still be written.
        var user = db.selectFrom(APP_USER).where(APP_USER.ID.eq(me.id())).forNoKeyUpdate().fetchSingle();
        if (currentPassword.isEmpty()) {
            throw new FieldRefusal(PasswordFormField.CURRENT_PASSWORD, "change-password.current-required");
        }
        confirmation.require(user.getEmail(), user.getPasswordHash(), currentPassword,
                PasswordFormField.CURRENT_PASSWORD, new PasswordConfirmation.Messages("change-password.current-wrong", "change-password.blocked"));
        policy.check(newPassword, repeat, user.getEmail());
        if (newPassword.equals(currentPassword)) {
            throw new FieldRefusal(PasswordFormField.NEW_PASSWORD, "change-password.unchanged");
        }

        int generation = db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.ID.eq(me.id()))
                .returning(APP_USER.SESSION_GENERATION)
                .fetchSingle(APP_USER.SESSION_GENERATION);
        var voided = links.voidUnused(me.id());
        outbox.queue(new PasswordChangedMail(user.getEmail(), Language.of(user.getLanguage()), user.getFirstName()));
        audit.record(me, AuditAction.PASSWORD_CHANGED, user.getCompanyId(), Subject.user(me.id(), user.getEmail()),
                null, voided.isEmpty() ? null : Map.of("linksVoided", voided.stream().map(Enum::name).sorted().toList()));
        // Only once the new generation is committed may this session claim it; were the change
        // rolled back, the session would otherwise end for nothing.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                CurrentUser.continueWithSessionGeneration(generation);
            }
        });
    }
}
