package org.extranet.mail;

import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.database.SortFields;
import org.extranet.password.PendingLink;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as staff see it: list, read (audited), and send failed mail again. Staff only. */
@Service
public class SentMailService {

    /** A token after {@code token=}, as mail written before links were made at sending time held them. */
    private static final Pattern TOKEN = Pattern.compile("(?<=token=)[A-Za-z0-9_-]+");

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    SentMailService(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    /**
     * A page of the outbox, filtered and sorted in SQL; newest first unless told otherwise, and
     * newest first among mails alike in the column sorted by.
     */
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(String search, @Nullable MailStatus status, PageRequest<SentMailSort> page) {
        requireStaff("list sent mail");
        return db.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.STATUS.convertFrom(MailStatus::valueOf), MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.LAST_ERROR)
                .from(MAIL_OUTBOX)
                .where(filter(search, status))
                .orderBy(SortFields.of(page.sort(), SortOrder.descending(SentMailSort.CREATED), SentMailService::sortFields,
                        List.of(MAIL_OUTBOX.CREATED_AT.desc()), MAIL_OUTBOX.ID))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(Records.mapping(OutboxEntry::new));
    }

    /** How many mails the same search and status find, for the count beside the list. */
    @Transactional(readOnly = true)
    public int count(String search, @Nullable MailStatus status) {
        requireStaff("count sent mail");
        return db.fetchCount(MAIL_OUTBOX, filter(search, status));
    }

    /**
     * One mail in full, each reading recorded in the audit log (under the recipient's company, if the
     * address is a distributor user's). Links show redacted: stored mail has only a placeholder, and
     * anything that still looks like a token is masked as well.
     */
    @Transactional
    public Optional<MailMessage> message(long id) {
        Actor actor = requireStaff("read sent mail");
        var message = db.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.TEXT_BODY.convertFrom(SentMailService::redact),
                        MAIL_OUTBOX.HTML_BODY.convertFrom(SentMailService::redact),
                        MAIL_OUTBOX.STATUS.convertFrom(MailStatus::valueOf), MAIL_OUTBOX.ATTEMPTS,
                        MAIL_OUTBOX.LAST_ERROR, MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.SENT_AT,
                        MAIL_OUTBOX.LINK_TOKEN_ID.isNotNull())
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(Records.mapping(MailMessage::new));
        message.ifPresent(mail -> {
            var recipient = MailRecipient.of(db, mail.recipient());
            audit.record(actor, AuditAction.MAIL_READ, recipient.companyId(), recipient.subject(), null,
                    Map.of("mail", id, "subject", mail.subject()));
        });
        return message;
    }

    static String redact(String body) {
        return TOKEN.matcher(body).replaceAll(Matcher.quoteReplacement(PendingLink.TOKEN_PLACEHOLDER));
    }

    /**
     * Puts a FAILED mail back in the queue, due at once, its attempts kept (so one more failure
     * gives up again). False when the mail is not FAILED (anymore): nothing to do.
     */
    @Transactional
    public boolean sendAgain(long id) {
        Actor actor = requireStaff("send mail again");
        var mail = db.select(MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.ATTEMPTS).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.STATUS.eq(MailStatus.FAILED.name())))
                .forUpdate()
                .fetchOptional(Records.mapping(FailedMail::new));
        if (mail.isEmpty()) {
            return false;
        }
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime())
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        audit.record(actor, AuditAction.MAIL_RESENT, null, new Subject(null, mail.get().recipient()),
                Map.of("mail", id, "status", MailStatus.FAILED.name(), "attempts", mail.get().attempts()),
                Map.of("mail", id, "status", MailStatus.PENDING.name()));
        return true;
    }

    private record FailedMail(String recipient, int attempts) {
    }

    private Actor requireStaff(String attempted) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, actor.companyId(), attempted);
        return actor;
    }

    private static Condition filter(String search, @Nullable MailStatus status) {
        Condition condition = DSL.noCondition();
        String term = search.strip();
        if (!term.isEmpty()) {
            // jOOQ escapes % and _ in containsIgnoreCase, so the term is matched literally.
            condition = condition.and(MAIL_OUTBOX.RECIPIENT.containsIgnoreCase(term)
                    .or(MAIL_OUTBOX.SUBJECT.containsIgnoreCase(term)));
        }
        if (status != null) {
            condition = condition.and(MAIL_OUTBOX.STATUS.eq(status.name()));
        }
        return condition;
    }

    private static List<SortField<?>> sortFields(SortOrder<SentMailSort> order) {
        Field<?> field = switch (order.key()) {
            case CREATED -> MAIL_OUTBOX.CREATED_AT;
            case RECIPIENT -> MAIL_OUTBOX.RECIPIENT.lower();
            case SUBJECT -> MAIL_OUTBOX.SUBJECT.lower();
            case STATUS -> MAIL_OUTBOX.STATUS;
            case ATTEMPTS -> MAIL_OUTBOX.ATTEMPTS;
        };
        return SortFields.in(order, field);
    }
}
