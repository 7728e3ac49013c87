package org.extranet.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is sent ({@code extranet.mail.*}).
 *
 * @param from          the sender address, with a display name
 * @param maxAttempts   failed attempts after which a mail is given up as FAILED
 * @param pollInterval  how often the sender looks for due mail (while there is a backlog it goes on
 *                      at once, batch after batch)
 * @param batchSize     how many mails one node claims at a time (one statement), and records as sent at once
 * @param smtpTimeout   connect, read and write timeout towards the SMTP server
 * @param firstRetry    the wait after the first failure; it doubles after every further one
 * @param longestRetry  the longest wait between two attempts
 * @param connections   how many SMTP connections one node keeps open and sends over side by side; each
 *                      carries one mail after another instead of a connection per mail
 */
@ConfigurationProperties("extranet.mail")
public record MailProperties(
        @DefaultValue("Extranet <no-reply@extranet.example>") String from,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("80") int batchSize,
        @DefaultValue("20s") Duration smtpTimeout,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration longestRetry,
        @DefaultValue("8") int connections) {

    public MailProperties {
        if (batchSize < 1 || connections < 1) {
            throw new IllegalArgumentException("extranet.mail.batch-size and extranet.mail.connections must be at least 1");
        }
    }

    /** The wait before the next attempt after the given number of failed ones. */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }

    /**
     * How long claimed mail stays reserved for one node: long enough for every connection's share of
     * a batch to time out (connect, write and read each), so no other node takes it over while it
     * may still be sent. (The sender begins no mail once the claim is about to run out, whatever this is.)
     */
    Duration claimDuration() {
        long perConnection = (batchSize + connections - 1) / connections;
        return smtpTimeout.multipliedBy(3L * perConnection).plus(Duration.ofMinutes(1));
    }
}
