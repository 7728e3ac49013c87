package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.extranet.Fixtures;
import org.extranet.base.Language;
import org.extranet.password.PasswordLinks;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.mailer.MailerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application stops while mails are on their way to the SMTP server (GreenMail, held back until
 * the stop has begun): those mails are delivered and recorded as sent, and no further mail is begun.
 */
@SpringBootTest
class OutboxSenderStopTest {

    @Autowired Outbox outbox;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;
    @Autowired PasswordLinks links;

    private final String domain = Fixtures.unique("stop") + ".example";
    private final Condition mine = MAIL_OUTBOX.RECIPIENT.endsWith("@" + domain);
    private final int port = OutboxSenderTest.freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_stop_during_a_send_lets_the_mails_on_their_way_go_out_and_begins_no_other() throws Exception {
        smtp.start();
        for (String name : List.of("first", "second", "third")) {
            transactions.executeWithoutResult(status -> outbox.queue(
                    new PasswordChangedMail(name + "@" + domain, Language.EN, name)));
        }
        // All three on their way before the stop: the batch goes out side by side.
        var sending = new CountDownLatch(3);
        var stopBegun = new CountDownLatch(1);
        var sender = new OutboxSender(db, transactions, heldBack(sending, stopBegun), properties(), links,
                new SimpleMeterRegistry());

        var round = CompletableFuture.supplyAsync(() -> sender.sendDue(mine));
        assertThat(sending.await(30, TimeUnit.SECONDS)).as("the mails are on their way").isTrue();
        sender.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
        stopBegun.countDown();

        // A batch's mails go out side by side: the three were on their way together, and are finished.
        assertThat(round.get(30, TimeUnit.SECONDS)).as("mails delivered in the round").isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(db.fetchValues(MAIL_OUTBOX.STATUS, mine)).containsOnly("SENT");

        transactions.executeWithoutResult(status -> outbox.queue(
                new PasswordChangedMail("fourth@" + domain, Language.EN, "fourth")));
        assertThat(sender.sendDue(mine)).as("a stopped sender begins nothing").isZero();
        var fourth = db.selectFrom(MAIL_OUTBOX).where(mine.and(MAIL_OUTBOX.RECIPIENT.startsWith("fourth@"))).fetchSingle();
        assertThat(fourth.getStatus()).isEqualTo("PENDING");
        assertThat(fourth.getAttempts()).as("left for another node, or the next start").isZero();
    }

    /** A mailer to GreenMail whose sends wait, once begun, until the stop has begun too. */
    private Mailer heldBack(CountDownLatch sending, CountDownLatch stopBegun) {
        var real = MailerBuilder.withSMTPServer("127.0.0.1", port).withTransportStrategy(TransportStrategy.SMTP)
                .withSessionTimeout(5_000).buildMailer();
        return (Mailer) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Mailer.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("sendMail")) {
                        sending.countDown();
                        assertThat(stopBegun.await(30, TimeUnit.SECONDS)).isTrue();
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static MailProperties properties() {
        return new MailProperties("Extranet <no-reply@extranet.example>", 10, Duration.ofSeconds(5), 10,
                Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(1), 4);
    }
}
