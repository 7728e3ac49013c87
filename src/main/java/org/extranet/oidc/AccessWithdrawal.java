package org.extranet.oidc;

import static org.extranet.db.Tables.LOGOUT_OUTBOX;
import static org.extranet.db.Tables.OAUTH2_AUTHORIZATION;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import org.extranet.security.AccessWithdrawn;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Withdraws what the provider gave users whose access was taken away, in the same transaction as
 * the change: their authorizations go (refresh tokens refused, introspection inactive at once), and
 * each application they signed in to that takes back-channel logouts gets one through the
 * {@code logout_outbox} ({@link BackChannelLogout}), so none is lost while it is down.
 */
@Component
class AccessWithdrawal {

    private final DSLContext db;
    private final EnabledClients clients;
    private final Clock clock;

    AccessWithdrawal(DSLContext db, EnabledClients clients, Clock clock) {
        this.db = db;
        this.clients = clients;
        this.clock = clock;
    }

    @EventListener
    void withdraw(AccessWithdrawn event) {
        List<String> subjects = event.userIds().stream().map(String::valueOf).toList();
        var authorizations = db.select(OAUTH2_AUTHORIZATION.REGISTERED_CLIENT_ID, OAUTH2_AUTHORIZATION.PRINCIPAL_NAME,
                        OAUTH2_AUTHORIZATION.OIDC_ID_TOKEN_VALUE)
                .from(OAUTH2_AUTHORIZATION)
                .where(OAUTH2_AUTHORIZATION.PRINCIPAL_NAME.in(subjects))
                .forUpdate()
                .fetch();
        var queued = new HashSet<String>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (var authorization : authorizations) {
            String idToken = authorization.value3();
            var client = clients.all().findById(authorization.value1());
            if (idToken == null || client == null) {
                continue;
            }
            Object uri = client.getClientSettings().getSetting(ExtranetScopes.BACKCHANNEL_LOGOUT_URI);
            String issuer = issuerOf(idToken);
            if (uri == null || issuer == null || !queued.add(client.getClientId() + " " + authorization.value2())) {
                continue;
            }
            db.insertInto(LOGOUT_OUTBOX)
                    .set(LOGOUT_OUTBOX.CLIENT_ID, client.getClientId())
                    .set(LOGOUT_OUTBOX.LOGOUT_URI, uri.toString())
                    .set(LOGOUT_OUTBOX.ISSUER, issuer)
                    .set(LOGOUT_OUTBOX.SUBJECT, authorization.value2())
                    .set(LOGOUT_OUTBOX.NEXT_ATTEMPT_AT, now)
                    .set(LOGOUT_OUTBOX.CREATED_AT, now)
                    .execute();
        }
        db.deleteFrom(OAUTH2_AUTHORIZATION).where(OAUTH2_AUTHORIZATION.PRINCIPAL_NAME.in(subjects)).execute();
    }

    /** The issuer the application knows the provider by: the one in the ID token it was given. */
    private static @Nullable String issuerOf(String idToken) {
        try {
            return SignedJWT.parse(idToken).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return null;
        }
    }
}
