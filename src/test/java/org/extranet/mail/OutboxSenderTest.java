package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.Fixtures;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.password.LinkState;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.mailer.MailerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender against a real SMTP server (GreenMail on a free loopback port). Each test keeps to
 * recipients of its own domain, because other tests share the database and queue mail too.
 */
@SpringBootTest
class OutboxSenderTest {

    @Autowired Outbox outbox;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired PasswordLinks links;
    @Autowired Fixtures fixtures;

    private final String domain = Fixtures.unique("sender") + ".example";
    private final Condition mine = MAIL_OUTBOX.RECIPIENT.endsWith("@" + domain);
    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void delivers_with_text_and_html_parts_in_the_recipients_language() throws Exception {
        smtp.start();
        long polish = queue(new PasswordChangedMail("ola@" + domain, Language.PL, "Ola"));
        long emmasAccount = fixtures.userId(fixtures.user(fixtures.company()));
        long english = transactions.execute(status -> outbox.queue(new PasswordResetMail("emma@" + domain, Language.EN,
                "Emma", links.reserve(emmasAccount, TokenPurpose.PASSWORD_RESET))));

        assertThat(sender(10, 10).sendDue(mine)).isEqualTo(2);

        var byRecipient = received();
        MimeMessage toOla = byRecipient.get("ola@" + domain);
        assertThat(toOla.getSubject()).isEqualTo("Hasło do Extranetu zostało zmienione");
        assertThat(toOla.getFrom()[0].toString()).contains("no-reply@extranet.example");
        var parts = parts(toOla);
        assertThat(parts.get("text/plain")).startsWith("Dzień dobry Ola,");
        assertThat(parts.get("text/html")).contains("<html lang=\"pl\">", "Dzień dobry Ola,");
        MimeMessage toEmma = byRecipient.get("emma@" + domain);
        assertThat(toEmma.getSubject()).isEqualTo("Set a new password for Extranet");
        String token = parts(toEmma).get("text/plain")
                .replaceAll("(?s).*http://localhost:8080/set-password\\?token=([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(links.check(token)).as("the link made as the mail went out works").isInstanceOf(LinkState.Valid.class);
        assertThat(parts(toEmma).get("text/html")).contains("href=\"http://localhost:8080/set-password?token=" + token + "\"");

        for (long id : List.of(polish, english)) {
            var row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
            assertThat(row.getStatus()).isEqualTo("SENT");
            assertThat(row.getSentAt()).isNotNull();
            assertThat(row.getLastError()).isNull();
        }
    }

    @Test
    void smtp_down_keeps_the_mail_for_later_and_it_goes_out_once_when_smtp_is_back() {
        long id = queue(new PasswordChangedMail("later@" + domain, Language.EN, "Lee"));
        var sender = sender(10, 10);

        assertThat(sender.sendDue(mine)).isZero();

        var row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("PENDING");
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(500);
        assertThat(secondsUntilNextAttempt(id)).isBetween(50.0, 70.0);

        smtp.start();
        assertThat(sender.sendDue(mine)).as("not due before its next attempt").isZero();
        dueNow(id);
        assertThat(sender.sendDue(mine)).isEqualTo(1);
        dueNow(id);
        assertThat(sender.sendDue(mine)).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(db.fetchValue(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ID.eq(id))).isEqualTo("SENT");
        assertThat(db.fetchValue(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ID.eq(id))).isEqualTo(2);
    }

    @Test
    void two_senders_at_once_deliver_every_mail_exactly_once() throws Exception {
        smtp.start();
        int count = 30;
        for (int i = 0; i < count; i++) {
            queue(new PasswordChangedMail("user" + i + "@" + domain, Language.EN, "User " + i));
        }
        var first = sender(3, 10);
        var second = sender(3, 10);
        var start = new CyclicBarrier(2);

        List<Integer> delivered = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (var sender : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return sender.sendDue(mine);
                }));
            }
            for (var run : runs) {
                delivered.add(run.get());
            }
        }

        assertThat(delivered.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(delivered).allMatch(n -> n > 0);
        List<String> recipients = Arrays.stream(smtp.getReceivedMessages()).map(OutboxSenderTest::recipient).toList();
        assertThat(recipients).hasSize(count).doesNotHaveDuplicates();
        assertThat(db.fetchCount(MAIL_OUTBOX, mine.and(MAIL_OUTBOX.STATUS.eq("SENT")))).isEqualTo(count);
    }

    @Test
    void backs_off_exponentially_and_gives_up_after_the_last_attempt() {
        long id = queue(new PasswordChangedMail("never@" + domain, Language.EN, "Nev"));
        var sender = sender(10, 3);

        sender.sendDue(mine);
        assertThat(secondsUntilNextAttempt(id)).isBetween(50.0, 70.0);
        dueNow(id);
        sender.sendDue(mine);
        assertThat(secondsUntilNextAttempt(id)).isBetween(110.0, 130.0);
        assertThat(db.fetchValue(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ID.eq(id))).isEqualTo("PENDING");
        dueNow(id);
        sender.sendDue(mine);

        var row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("FAILED");
        assertThat(row.getAttempts()).isEqualTo(3);
        assertThat(row.getLastError()).isNotBlank();
        dueNow(id);
        assertThat(sender.sendDue(mine)).isZero();
        assertThat(db.fetchValue(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ID.eq(id))).isEqualTo(3);
    }

    @Test
    void a_link_mail_whose_link_was_voided_before_it_went_out_is_withdrawn_and_not_sent() {
        smtp.start();
        long account = fixtures.userId(fixtures.user(fixtures.company()));
        long id = transactions.execute(status -> outbox.queue(new PasswordResetMail("void@" + domain, Language.EN,
                "Vic", links.reserve(account, TokenPurpose.PASSWORD_RESET))));
        transactions.executeWithoutResult(status -> links.voidUnused(account));

        assertThat(sender(10, 10).sendDue(mine)).isZero();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        var row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("VOIDED");
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getSentAt()).isNull();
    }

    @Test
    void a_link_mail_that_goes_out_twice_carries_a_new_token_and_the_one_sent_before_stops_working() throws Exception {
        smtp.start();
        long account = fixtures.userId(fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED));
        long id = transactions.execute(status -> outbox.queue(new InvitationMail("twice@" + domain, Language.EN,
                "Tess", "Hydro-Tech", links.reserve(account, TokenPurpose.INVITATION))));
        var sender = sender(10, 10);
        sender.sendDue(mine);
        // As after a node died between sending and recording it: the mail is due again.
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, "PENDING").setNull(MAIL_OUTBOX.SENT_AT)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
        dueNow(id);
        sender.sendDue(mine);

        var tokens = Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return parts(message).get("text/plain").replaceAll("(?s).*\\?token=([A-Za-z0-9_-]{43}).*", "$1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
        assertThat(links.check(tokens.get(0))).isEqualTo(new LinkState.Unknown());
        assertThat(links.check(tokens.get(1))).isInstanceOf(LinkState.Valid.class);
    }

    @Test
    void the_wait_doubles_from_a_minute_up_to_an_hour() {
        var properties = properties(10, 10);
        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.retryDelay(40)).isEqualTo(Duration.ofHours(1));
    }

    private long queue(Mail mail) {
        return transactions.execute(status -> outbox.queue(mail));
    }

    private OutboxSender sender(int batchSize, int maxAttempts) {
        var mailer = MailerBuilder.withSMTPServer("127.0.0.1", port)
                .withTransportStrategy(TransportStrategy.SMTP)
                .withSessionTimeout(5_000)
                .buildMailer();
        return new OutboxSender(db, transactions, mailer, properties(batchSize, maxAttempts), links);
    }

    private static MailProperties properties(int batchSize, int maxAttempts) {
        return new MailProperties("Extranet <no-reply@extranet.example>", maxAttempts, Duration.ofSeconds(5), batchSize,
                Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(1), 4);
    }

    private void dueNow(long id) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock).minusSeconds(1))
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    private double secondsUntilNextAttempt(long id) {
        return db.select(DSL.field("extract(epoch from {0} - now())", Double.class, MAIL_OUTBOX.NEXT_ATTEMPT_AT))
                .from(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle().value1();
    }

    private Map<String, MimeMessage> received() {
        return Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.toMap(OutboxSenderTest::recipient, Function.identity()));
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's leaf parts by content type (text/plain, text/html). */
    static Map<String, String> parts(Part part) throws Exception {
        var found = new java.util.HashMap<String, String>();
        collect(part, found);
        return found;
    }

    private static void collect(Part part, Map<String, String> found) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        } else if (content instanceof String text) {
            found.put(part.getContentType().split(";")[0].strip().toLowerCase(), text);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
