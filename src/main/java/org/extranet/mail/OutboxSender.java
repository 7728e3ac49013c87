package org.extranet.mail;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.extranet.password.PasswordLinks;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.email.EmailBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Three short steps per round, none of which holds a lock while the SMTP server
 * is talked to:
 * <ol>
 * <li>claim: in one transaction, lock due rows with {@code FOR UPDATE SKIP LOCKED} (so nodes never
 *     take the same rows) and push their {@code next_attempt_at} past the time the whole batch may
 *     take; once committed, no other node sees them as due;</li>
 * <li>send them through Simple Java Mail, side by side over its pool of SMTP connections
 *     ({@code extranet.mail.connections}, each reused from mail to mail), starting none once the
 *     claim is about to run out;</li>
 * <li>record the batch's sent mails as SENT in one statement, and each failure in its own
 *     transaction: the next attempt with exponential back-off, or FAILED after the last attempt.</li>
 * </ol>
 * A node that dies mid-round leaves its claimed rows PENDING; they are due again when the claim
 * runs out, so nothing is lost (mails of the batch sent just before such a crash may go out twice).
 * A node that is being stopped finishes the mails it is sending, records them, and hands the rest
 * of its claim back at once.
 * <p>
 * It runs as a recurring task ({@link OutboxTask}): one node at a time polls, every poll interval,
 * and goes on batch after batch while full batches are due.
 * <p>
 * A mail with a set-password link gets its token just before it is sent ({@link PasswordLinks#activate}):
 * the token goes into the message and nowhere else, so the stored mail never holds a usable link.
 * Sent again, it gets a new token, which voids the one sent before. A link voided, used or expired
 * before its mail goes out withdraws the mail (VOIDED).
 */
public class OutboxSender implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final TransactionTemplate transactions;
    private final Mailer mailer;
    private final MailProperties properties;
    private final PasswordLinks links;
    private final OutboxOutcomes outcomes;
    private final OutboxClaims claims;
    /** Set once the application stops: the mails being sent are finished, no further one is begun. */
    private volatile boolean closing;

    OutboxSender(DSLContext db, TransactionTemplate transactions, Mailer mailer, MailProperties properties,
                 PasswordLinks links, MeterRegistry registry) {
        this.transactions = transactions;
        this.mailer = mailer;
        this.properties = properties;
        this.links = links;
        this.outcomes = new OutboxOutcomes(db, properties, registry);
        this.claims = new OutboxClaims(db, transactions, properties);
    }

    OutboxSender(DSLContext db, TransactionTemplate transactions, Mailer mailer, MailProperties properties,
                 PasswordLinks links) {
        this(db, transactions, mailer, properties, links, new SimpleMeterRegistry());
    }

    /**
     * The application is stopping (before its web server, scheduler and database are): the mails
     * being sent are finished and their outcomes recorded, the rest of the batch handed back at once
     * for another node (or the next start), and no new batch claimed.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing = true;
    }

    /** Sends every mail that is due now, batch by batch; returns how many were delivered. */
    public int sendDue() {
        return sendDue(DSL.noCondition(), () -> false);
    }

    /** As {@link #sendDue()}, limited to the rows the scope admits (tests keep to their own mail). */
    int sendDue(Condition scope) {
        return sendDue(scope, () -> false);
    }

    /** As {@link #sendDue()}, ending after the mails being sent once {@code stoppingRun} says so or the application stops. */
    int sendDue(Condition scope, BooleanSupplier stoppingRun) {
        BooleanSupplier stopping = () -> closing || stoppingRun.getAsBoolean();
        int delivered = 0;
        List<ClaimedMail> batch;
        do {
            if (stopping.getAsBoolean()) {
                break;
            }
            batch = claims.claim(scope);
            delivered += send(batch, stopping);
        } while (batch.size() == properties.batchSize());
        return delivered;
    }

    private int send(List<ClaimedMail> batch, BooleanSupplier stopping) {
        long claimedAt = System.nanoTime();
        // The last moment a send may start and still end, at worst, before the claim runs out.
        long lastStart = claimedAt + properties.claimDuration().minus(properties.smtpTimeout().multipliedBy(4)).toNanos();
        // One mail per connection at a time: a mail waiting for a connection has not begun, so a stop hands it back.
        var connections = new Semaphore(properties.connections(), true);
        Queue<ClaimedMail> sent = new ConcurrentLinkedQueue<>();
        Queue<ClaimedMail> unsent = new ConcurrentLinkedQueue<>();
        // A batch's mails go out side by side over the pooled connections: each mostly waits for the SMTP server.
        try (var parallel = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ClaimedMail mail : batch) {
                parallel.execute(() -> {
                    connections.acquireUninterruptibly();
                    try {
                        if (System.nanoTime() - lastStart > 0 || stopping.getAsBoolean()) {
                            unsent.add(mail);
                        } else if (sendOne(mail)) {
                            sent.add(mail);
                        }
                    } catch (RuntimeException e) {
                        // Its claim runs out and it is due again: nothing is lost.
                        log.error("Recording the outcome of mail {} failed", mail.id(), e);
                    } finally {
                        connections.release();
                    }
                });
            }
        }
        if (!sent.isEmpty()) {
            // One statement for the batch; should it fail, the claim runs out and the mails go out again.
            transactions.executeWithoutResult(status -> outcomes.sent(List.copyOf(sent)));
        }
        if (!unsent.isEmpty()) {
            claims.release(List.copyOf(unsent));
        }
        return sent.size();
    }

    /** Sends one claimed mail; true when it went out (recorded with its batch), a withdrawal or failure recorded here. */
    private boolean sendOne(ClaimedMail mail) {
        Optional<ClaimedMail> ready = withLink(mail);
        if (ready.isEmpty()) {
            transactions.executeWithoutResult(status -> outcomes.voided(mail));
            return false;
        }
        Optional<String> error = deliver(ready.get());
        error.ifPresent(message -> transactions.executeWithoutResult(status -> outcomes.failed(mail, message)));
        return error.isEmpty();
    }

    /** The mail with its link's token made now; empty when the link can no longer be used. */
    private Optional<ClaimedMail> withLink(ClaimedMail mail) {
        Long tokenId = mail.linkTokenId();
        return tokenId == null ? Optional.of(mail) : links.activate(tokenId).map(mail::withToken);
    }

    private Optional<String> deliver(ClaimedMail mail) {
        try {
            var email = EmailBuilder.startingBlank()
                    .from(properties.from())
                    .to(mail.recipient())
                    .withSubject(mail.subject())
                    .withPlainText(mail.text())
                    .withHTMLText(mail.html())
                    .withHeader("Auto-Submitted", "auto-generated")
                    .buildEmail();
            mailer.sendMail(email).join();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(SendError.describe(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e));
        }
    }
}
