package org.extranet.mail;

import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.types.DayToSecond;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What became of a claimed mail, each written in the caller's transaction: sent, withdrawn (its
 * link died first), or failed with the next attempt after an exponential back-off, or given up.
 * Only a row still PENDING is changed, so a mail decided elsewhere meanwhile stays as it is.
 */
final class OutboxOutcomes {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final DSLContext db;
    private final MailProperties properties;
    private final Counter sent;
    private final Counter failed;
    private final Counter givenUp;

    OutboxOutcomes(DSLContext db, MailProperties properties, MeterRegistry registry) {
        this.db = db;
        this.properties = properties;
        this.sent = sentCounter(registry);
        this.failed = failedCounter(registry, false);
        this.givenUp = failedCounter(registry, true);
    }

    /** Prometheus: {@code extranet_mail_sent_total}. */
    static Counter sentCounter(MeterRegistry registry) {
        return Counter.builder("extranet.mail.sent").description("Mails delivered to the SMTP server").register(registry);
    }

    /** Prometheus: {@code extranet_mail_failed_total{given_up="false"|"true"}}. */
    static Counter failedCounter(MeterRegistry registry, boolean givenUp) {
        return Counter.builder("extranet.mail.failed").description("Failed attempts to send a mail; given_up: its last one")
                .tag("given_up", Boolean.toString(givenUp)).register(registry);
    }

    /** Mails delivered, in one statement for their batch. */
    void sent(List<ClaimedMail> mails) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.SENT_AT, currentOffsetDateTime())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(MAIL_OUTBOX.ID.in(mails.stream().map(ClaimedMail::id).toList())
                        .and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())))
                .execute();
        sent.increment(mails.size());
    }

    void voided(ClaimedMail mail) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.VOIDED.name())
                .where(MAIL_OUTBOX.ID.eq(mail.id()).and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())))
                .execute();
        log.info("Mail {} withdrawn: its link was voided, used or expired before it went out", mail.id());
    }

    void failed(ClaimedMail mail, String error) {
        int attempts = mail.attempts() + 1;
        boolean givingUp = attempts >= properties.maxAttempts();
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .set(MAIL_OUTBOX.STATUS, (givingUp ? MailStatus.FAILED : MailStatus.PENDING).name())
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, fromNow(properties.retryDelay(attempts)))
                .where(MAIL_OUTBOX.ID.eq(mail.id()).and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())))
                .execute();
        (givingUp ? givenUp : failed).increment();
        if (givingUp) {
            log.error("Mail {} given up after {} attempts: {}", mail.id(), attempts, error);
        } else {
            log.warn("Mail {} not sent (attempt {}), trying again later: {}", mail.id(), attempts, error);
        }
    }

    /** The database's now plus a duration, so that every node counts from the same clock. */
    static Field<OffsetDateTime> fromNow(Duration duration) {
        return currentOffsetDateTime().plus(DayToSecond.valueOf(duration));
    }
}
