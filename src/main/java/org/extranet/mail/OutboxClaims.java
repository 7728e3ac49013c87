package org.extranet.mail;

import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox rows a sender works on: claimed batch by batch, and handed back when they will not be sent. */
final class OutboxClaims {

    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final MailProperties properties;

    OutboxClaims(DSLContext db, TransactionTemplate transactions, MailProperties properties) {
        this.db = db;
        this.transactions = transactions;
        this.properties = properties;
    }

    /**
     * Takes up to a batch of due mail for this node: each row's next attempt moves past the claim's
     * end, so no other node takes it meanwhile (rows another node is claiming are skipped).
     */
    List<ClaimedMail> claim(Condition scope) {
        return transactions.execute(status -> {
            List<Long> ids = db.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX)
                    .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())
                            .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(currentOffsetDateTime()))
                            .and(scope))
                    .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                    .limit(properties.batchSize())
                    .forUpdate().skipLocked()
                    .fetch(MAIL_OUTBOX.ID);
            if (ids.isEmpty()) {
                return List.of();
            }
            return db.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, OutboxOutcomes.fromNow(properties.claimDuration()))
                    .where(MAIL_OUTBOX.ID.in(ids))
                    .returning(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.TEXT_BODY,
                            MAIL_OUTBOX.HTML_BODY, MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.LINK_TOKEN_ID)
                    .fetch(row -> new ClaimedMail(row.getId(), row.getRecipient(), row.getSubject(),
                            row.getTextBody(), row.getHtmlBody(), row.getAttempts(), row.getLinkTokenId()));
        });
    }

    /** Hands claimed rows that will not be sent in this round back, due at once. */
    void release(List<ClaimedMail> unsent) {
        transactions.executeWithoutResult(status -> db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, currentOffsetDateTime())
                .where(MAIL_OUTBOX.ID.in(unsent.stream().map(ClaimedMail::id).toList())
                        .and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())))
                .execute());
    }
}
