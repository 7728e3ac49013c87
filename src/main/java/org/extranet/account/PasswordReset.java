package org.extranet.account;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.PASSWORD_RESET_REQUEST;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.mail.LinkMails;
import org.extranet.password.LinkSettings;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password?" on the sign-in page. Whoever asks gets the same answer, whether or not an
 * account has the address, and in about the same time; only an active or invited account gets a
 * mail with a link to set a new password, and only a few times an hour.
 */
@Service
public class PasswordReset {

    /** Every request takes at least this long, so that timing does not tell known addresses from unknown ones. */
    static final Duration MIN_DURATION = Duration.ofMillis(300);
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_CLIENT_LENGTH = 100;
    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    private final DSLContext db;
    private final LinkMails linkMails;
    private final Actors actors;
    private final AuditLog audit;
    private final ResetLimits limits;
    private final LinkSettings linkSettings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PasswordReset(DSLContext db, LinkMails linkMails, Actors actors, AuditLog audit,
                  ResetLimits limits, LinkSettings linkSettings, TransactionTemplate transaction, Clock clock) {
        this.db = db;
        this.linkMails = linkMails;
        this.actors = actors;
        this.audit = audit;
        this.limits = limits;
        this.linkSettings = linkSettings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How long the link in the mail stays valid, for the answer to tell. */
    public Duration linkValidity() {
        return linkSettings.passwordResetValidity();
    }

    /**
     * Sends a link to set a new password to the account with this address, if there is one that
     * may have it and the limits allow; otherwise does nothing. The caller learns neither.
     * One transaction; the padding to {@link #MIN_DURATION} comes after it, so no connection
     * waits for it.
     */
    public void requestPasswordReset(String email, String clientAddress) {
        long started = System.nanoTime();
        String address = email.strip().toLowerCase(Locale.ROOT);
        String client = clientAddress.length() > MAX_CLIENT_LENGTH
                ? clientAddress.substring(0, MAX_CLIENT_LENGTH) : clientAddress;
        try {
            if (!address.isEmpty() && address.length() <= MAX_EMAIL_LENGTH) {
                transaction.executeWithoutResult(status -> request(address, client));
            }
        } finally {
            padFrom(started);
        }
    }

    private void request(String email, String client) {
        if (!withinLimits(email, client)) {
            log.info("Password reset request from {} over the limit; nothing sent", client);
            return;
        }
        db.insertInto(PASSWORD_RESET_REQUEST)
                .set(PASSWORD_RESET_REQUEST.EMAIL, email)
                .set(PASSWORD_RESET_REQUEST.CLIENT_ADDRESS, client)
                .set(PASSWORD_RESET_REQUEST.REQUESTED_AT, OffsetDateTime.now(clock))
                .execute();

        var user = db.selectFrom(APP_USER)
                .where(APP_USER.EMAIL.lower().eq(email))
                .and(APP_USER.STATUS.in(UserStatus.ACTIVE, UserStatus.INVITED))
                .fetchOne();
        if (user == null) {
            return;
        }
        var expiresAt = linkMails.passwordReset(user.getId(), user.getEmail(), user.getFirstName(),
                Language.of(user.getLanguage()));
        audit.record(actors.byId(user.getId()), AuditAction.PASSWORD_RESET_REQUESTED, user.getCompanyId(),
                Subject.user(user.getId(), user.getEmail()), null,
                Map.of("clientAddress", client, "expiresAt", expiresAt.toString()));
    }

    /**
     * Whether this address and this client may have another request answered. Both keys are
     * locked for the rest of the transaction, so requests on several nodes at once count one by one.
     */
    private boolean withinLimits(String email, String client) {
        lock("password-reset:email:" + email);
        lock("password-reset:client:" + client);
        var windowStart = OffsetDateTime.now(clock).minus(limits.window());
        // Old requests go; rows another request is deleting right now are left to it.
        db.deleteFrom(PASSWORD_RESET_REQUEST)
                .where(PASSWORD_RESET_REQUEST.ID.in(db.select(PASSWORD_RESET_REQUEST.ID).from(PASSWORD_RESET_REQUEST)
                        .where(PASSWORD_RESET_REQUEST.REQUESTED_AT.lt(windowStart))
                        .forUpdate().skipLocked()))
                .execute();
        var recent = PASSWORD_RESET_REQUEST.REQUESTED_AT.ge(windowStart);
        return db.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.EMAIL.eq(email).and(recent))
                        < limits.requestsPerEmail()
                && db.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.CLIENT_ADDRESS.eq(client).and(recent))
                        < limits.requestsPerClient();
    }

    private void lock(String key) {
        db.fetch("select pg_advisory_xact_lock(hashtext(?))", key);
    }

    private static void padFrom(long started) {
        long remaining = MIN_DURATION.toNanos() - (System.nanoTime() - started);
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
