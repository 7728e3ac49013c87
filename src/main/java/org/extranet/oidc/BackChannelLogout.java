package org.extranet.oidc;

import static org.extranet.db.Tables.LOGOUT_OUTBOX;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the logout outbox: each row becomes an OpenID Connect back-channel logout token, signed
 * as it goes out and POSTed to the application. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}
 * (one node per row) and retried with back-off, up to {@code extranet.openid.logout-longest-retry}
 * apart, until the application takes it: an application that is down gets it when it is back.
 * A recurring task: every {@code extranet.openid.logout-poll-interval} on one of the nodes.
 */
@Component
class BackChannelLogout extends RecurringTask<Void> {

    static final String NAME = "back-channel-logout";

    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final int BATCH = 20;
    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private record Claimed(long id, String clientId, String uri, String issuer, String subject, int attempts) {
    }

    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final JwtEncoder encoder;
    private final OpenIdSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    BackChannelLogout(DSLContext db, TransactionTemplate transactions, JwtEncoder encoder, OpenIdSettings settings,
                      Clock clock) {
        super(NAME, FixedDelay.of(settings.logoutPollInterval()), Void.class);
        this.db = db;
        this.transactions = transactions;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        deliverDue();
    }

    /** Delivers every logout that is due now; returns how many the applications took. */
    int deliverDue() {
        int delivered = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            for (Claimed logout : batch) {
                delivered += deliver(logout) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return delivered;
    }

    private List<Claimed> claim() {
        return transactions.execute(status -> {
            var ids = db.select(LOGOUT_OUTBOX.ID).from(LOGOUT_OUTBOX)
                    .where(LOGOUT_OUTBOX.STATUS.eq("PENDING").and(LOGOUT_OUTBOX.NEXT_ATTEMPT_AT.le(OffsetDateTime.now(clock))))
                    .orderBy(LOGOUT_OUTBOX.NEXT_ATTEMPT_AT).limit(BATCH).forUpdate().skipLocked()
                    .fetch(LOGOUT_OUTBOX.ID);
            return db.update(LOGOUT_OUTBOX)
                    .set(LOGOUT_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock).plus(CLAIM))
                    .where(LOGOUT_OUTBOX.ID.in(ids))
                    .returning().fetch(row -> new Claimed(row.getId(), row.getClientId(), row.getLogoutUri(),
                            row.getIssuer(), row.getSubject(), row.getAttempts()));
        });
    }

    private boolean deliver(Claimed logout) {
        String error;
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(logout.uri())).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                            + URLEncoder.encode(token(logout), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200 || response.statusCode() == 204) {
                transactions.executeWithoutResult(status -> db.update(LOGOUT_OUTBOX)
                        .set(LOGOUT_OUTBOX.STATUS, "DELIVERED").set(LOGOUT_OUTBOX.DELIVERED_AT, OffsetDateTime.now(clock))
                        .set(LOGOUT_OUTBOX.ATTEMPTS, logout.attempts() + 1).setNull(LOGOUT_OUTBOX.LAST_ERROR)
                        .where(LOGOUT_OUTBOX.ID.eq(logout.id())).execute());
                return true;
            }
            error = "HTTP " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        log.warn("Back-channel logout to application {} not delivered (attempt {}): {}", logout.clientId(),
                logout.attempts() + 1, error);
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(logout.attempts(), 20));
        Duration retry = wait.compareTo(settings.logoutLongestRetry()) > 0 ? settings.logoutLongestRetry() : wait;
        String lastError = error;
        transactions.executeWithoutResult(status -> db.update(LOGOUT_OUTBOX)
                .set(LOGOUT_OUTBOX.ATTEMPTS, logout.attempts() + 1).set(LOGOUT_OUTBOX.LAST_ERROR, lastError)
                .set(LOGOUT_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock).plus(retry))
                .where(LOGOUT_OUTBOX.ID.eq(logout.id())).execute());
        return false;
    }

    /** The logout token (OpenID Connect Back-Channel Logout 1.0, section 2.4), made as it goes out. */
    private String token(Claimed logout) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder().issuer(logout.issuer()).subject(logout.subject())
                .audience(List.of(logout.clientId())).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(2)))
                .id(UUID.randomUUID().toString()).claim("events", Map.of(EVENT, Map.of())).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build(),
                claims)).getTokenValue();
    }
}
