package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extranet.Fixtures;
import org.extranet.base.Language;
import org.extranet.benchmark.BenchmarkReport;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 10,000 mails through the outbox as the product sends them: queued by {@link Outbox} in one
 * transaction, then delivered by the scheduled sender (db-scheduler, the product's settings) to a
 * local SMTP server (GreenMail on loopback). Timed from the commit until every row is SENT; every
 * mail must arrive exactly once, told apart by the name it greets. The mails go to 100 mailboxes,
 * made beforehand: GreenMail finds a recipient's mailbox by walking all others, so 10,000 of them
 * would make the figure mostly GreenMail's (a sixth of the processor time when measured). Run on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=OutboxBenchmark}.
 */
@Tag("benchmark")
@Isolated
@SpringBootTest(properties = {"simplejavamail.smtp.host=127.0.0.1", "extranet.scheduler.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxBenchmark {

    private static final int MAILS = 10_000;
    private static final int MAILBOXES = 100;
    private static final Pattern GREETED = Pattern.compile("User (\\d+)");
    private static final int SMTP_PORT = OutboxSenderTest.freePort();
    /** Started before the context, so the scheduled sender never finds it missing. */
    private static final GreenMail SMTP = started();

    @Autowired Outbox outbox;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("simplejavamail.smtp.port", () -> SMTP_PORT);
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void ten_thousand_mails_reach_the_smtp_server_once_each() throws Exception {
        String domain = Fixtures.unique("bench") + ".example";
        Condition mine = MAIL_OUTBOX.RECIPIENT.endsWith("@" + domain);
        for (int i = 0; i < MAILBOXES; i++) {
            SMTP.setUser("user" + i + "@" + domain, "user" + i + "@" + domain, "unused");
        }
        long queueing = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < MAILS; i++) {
                outbox.queue(new PasswordChangedMail("user" + i % MAILBOXES + "@" + domain,
                        i % 2 == 0 ? Language.EN : Language.PL, "User " + i));
            }
        });
        long queued = System.nanoTime();

        long deadline = queued + 300_000_000_000L;
        int sent;
        while ((sent = db.fetchCount(MAIL_OUTBOX, mine.and(MAIL_OUTBOX.STATUS.eq("SENT")))) < MAILS
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long done = System.nanoTime();
        double seconds = (done - queued) / 1e9;

        var greeted = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> OutboxSenderTest.recipient(message).endsWith("@" + domain))
                .map(OutboxBenchmark::greeted).toList();
        System.out.printf(Locale.ROOT, "%nOutbox: %,d mails queued in %.2f s, delivered in %.2f s (%.0f/s), load %s%n",
                MAILS, (queued - queueing) / 1e9, seconds, MAILS / seconds, load());
        assertThat(sent).as("rows SENT").isEqualTo(MAILS);
        assertThat(greeted).as("every mail once").hasSize(MAILS).doesNotHaveDuplicates();
        assertThat(db.fetchCount(MAIL_OUTBOX, mine.and(MAIL_OUTBOX.STATUS.ne("SENT")))).isZero();
        BenchmarkReport.record("Mail", "10,000 mails through the outbox to a local SMTP server (100 mailboxes)",
                String.format(Locale.ROOT, "%.1f s (%.0f/s)", seconds, MAILS / seconds), "≤ 20 s",
                "before: 526 s (19/s) in issue 13; 20.5–21.3 s with 4 connections and batches of 40");
    }

    /** The number of the user the mail's plain text greets. */
    private static int greeted(MimeMessage message) {
        try {
            Matcher matcher = GREETED.matcher(OutboxSenderTest.parts(message).get("text/plain"));
            assertThat(matcher.find()).as("a greeting").isTrue();
            return Integer.parseInt(matcher.group(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail started() {
        var smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static String load() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%.2f", os.getSystemLoadAverage());
    }
}
