package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.time.Duration;
import java.util.Map;
import org.extranet.Fixtures;
import org.extranet.base.Language;
import org.extranet.password.PasswordLinks;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simplejavamail.mailer.MailerBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The readiness group's view of the outbox: mail pending past the age limit counts as overdue, and
 * enough of it is a backlog, but only where a sender should have sent it.
 */
@SpringBootTest
class OutboxBacklogTest {

    @Autowired Outbox outbox;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;
    @Autowired PasswordLinks links;

    private long overdueMail;

    @AfterEach
    void withdraw() {
        db.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(overdueMail)).execute();
    }

    @Test
    void overdue_mail_past_the_limit_is_a_backlog_when_mail_is_being_sent() {
        String recipient = Fixtures.unique("late") + "@backlog.example";
        overdueMail = transactions.execute(status -> outbox.queue(new PasswordChangedMail(recipient, Language.EN, "Lea")));
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.CREATED_AT, OutboxOutcomes.fromNow(Duration.ofDays(-1)))
                .where(MAIL_OUTBOX.ID.eq(overdueMail)).execute();
        var limits = new OutboxBacklog.Limits(Duration.ofHours(1), 1);

        var sending = new OutboxBacklog(db, limits, sender(true)).health();
        assertThat(sending.getStatus()).isEqualTo(OutboxBacklog.BACKLOG);
        assertThat(sending.getDetails()).containsEntry("sending", "on").containsKey("pending").containsKey("failed");
        assertThat((Integer) sending.getDetails().get("overdue")).isGreaterThanOrEqualTo(1);

        assertThat(new OutboxBacklog(db, new OutboxBacklog.Limits(Duration.ofHours(1), 1_000_000), sender(true))
                .health().getStatus()).as("under the limit").isEqualTo(Status.UP);
        assertThat(new OutboxBacklog(db, limits, sender(false)).health().getStatus())
                .as("without an SMTP server mail stays in the outbox on purpose").isEqualTo(Status.UP);
    }

    private ObjectProvider<OutboxSender> sender(boolean configured) {
        var beans = new StaticListableBeanFactory(configured
                ? Map.of("outboxSender", new OutboxSender(db, transactions,
                        MailerBuilder.withSMTPServer("127.0.0.1", 1).buildMailer(), properties(), links))
                : Map.of());
        return beans.getBeanProvider(OutboxSender.class);
    }

    private static MailProperties properties() {
        return new MailProperties("Extranet <no-reply@extranet.example>", 10, Duration.ofSeconds(5), 10,
                Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(1), 4);
    }
}
