package org.extranet.application;

import static org.extranet.db.Tables.OAUTH2_AUTHORIZATION;
import static org.extranet.db.Tables.OAUTH2_REGISTERED_CLIENT;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.StaffOnly;
import org.extranet.base.ConcurrentChange;
import org.extranet.oidc.EnabledClients;
import org.extranet.oidc.ExtranetScopes;
import org.extranet.oidc.OpenIdSettings;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff register the extranet's other applications with the OpenID Connect provider, change them,
 * renew a confidential application's secret (shown once, kept hashed) and disable or enable them.
 * Every change is audited; disabling one also revokes everything it was given.
 */
@Service
public class Applications {

    private final DSLContext db;
    private final EnabledClients clients;
    private final Actors actors;
    private final AuditLog audit;
    private final ClientSecrets secrets;
    private final RegisteredClients registrations;

    Applications(DSLContext db, EnabledClients clients, Actors actors, AuditLog audit, PasswordEncoder encoder,
                 OpenIdSettings settings, Clock clock) {
        this.db = db;
        this.clients = clients;
        this.actors = actors;
        this.audit = audit;
        this.secrets = new ClientSecrets(encoder);
        this.registrations = new RegisteredClients(settings, clock);
    }

    @Transactional(readOnly = true)
    public List<ApplicationRow> listApplications() {
        staff("listApplications");
        return db.select(OAUTH2_REGISTERED_CLIENT.ID).from(OAUTH2_REGISTERED_CLIENT)
                .orderBy(OAUTH2_REGISTERED_CLIENT.CLIENT_NAME, OAUTH2_REGISTERED_CLIENT.ID)
                .fetch(OAUTH2_REGISTERED_CLIENT.ID).stream()
                .map(this::load)
                .map(client -> new ApplicationRow(client.getId(), client.getClientId(), client.getClientName(),
                        RegisteredClients.confidential(client), EnabledClients.isEnabled(client),
                        client.getRedirectUris().size()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ApplicationData application(String id) {
        staff("application");
        return RegisteredClients.dataOf(load(id));
    }

    @Transactional
    public IssuedSecret registerApplication(ApplicationData data) {
        Actor actor = staff("registerApplication");
        ApplicationData checked = ApplicationRules.checked(data);
        String secret = checked.confidential() ? secrets.newSecret() : null;
        RegisteredClient client = registrations.newClient(UUID.randomUUID().toString(), checked,
                secret == null ? null : secrets.hash(secret));
        clients.save(client);
        audit.record(actor, AuditAction.APPLICATION_REGISTERED, null, subject(client), null, state(client));
        return new IssuedSecret(client.getId(), client.getClientId(), secret);
    }

    /** The kind (confidential or public) stays what it was registered as. */
    @Transactional
    public void updateApplication(String id, ApplicationData data) {
        Actor actor = staff("updateApplication");
        RegisteredClient before = lockAndLoad(id);
        ApplicationData checked = ApplicationRules.checked(data);
        RegisteredClient after = registrations.changed(before, checked);
        clients.save(after);
        audit.record(actor, AuditAction.APPLICATION_UPDATED, null, subject(after), state(before), state(after));
    }

    @Transactional
    public IssuedSecret renewSecret(String id) {
        Actor actor = staff("renewSecret");
        RegisteredClient client = lockAndLoad(id);
        if (!RegisteredClients.confidential(client)) {
            throw new ConcurrentChange("application.error.public-has-no-secret");
        }
        String secret = secrets.newSecret();
        clients.save(RegisteredClient.from(client).clientSecret(secrets.hash(secret)).build());
        audit.record(actor, AuditAction.APPLICATION_SECRET_RENEWED, null, subject(client), null, null);
        return new IssuedSecret(client.getId(), client.getClientId(), secret);
    }

    /** Disabled, the application signs nobody in, and every token it holds stops working. */
    @Transactional
    public void enableApplication(String id, boolean enabled) {
        Actor actor = staff(enabled ? "enableApplication" : "disableApplication");
        RegisteredClient client = lockAndLoad(id);
        if (EnabledClients.isEnabled(client) == enabled) {
            return;
        }
        clients.save(RegisteredClient.from(client).clientSettings(RegisteredClients.settingsWith(
                client.getClientSettings(), ExtranetScopes.ENABLED, enabled)).build());
        if (!enabled) {
            db.deleteFrom(OAUTH2_AUTHORIZATION).where(OAUTH2_AUTHORIZATION.REGISTERED_CLIENT_ID.eq(id)).execute();
        }
        audit.record(actor, enabled ? AuditAction.APPLICATION_ENABLED : AuditAction.APPLICATION_DISABLED, null,
                subject(client), Map.of("enabled", !enabled), Map.of("enabled", enabled));
    }

    private Actor staff(String attempted) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, null, attempted);
        return actor;
    }

    private RegisteredClient lockAndLoad(String id) {
        db.selectOne().from(OAUTH2_REGISTERED_CLIENT).where(OAUTH2_REGISTERED_CLIENT.ID.eq(id)).forUpdate().fetchOptional()
                .orElseThrow(() -> new ConcurrentChange("application.error.gone"));
        return load(id);
    }

    private RegisteredClient load(String id) {
        RegisteredClient client = clients.all().findById(id);
        if (client == null) {
            throw new ConcurrentChange("application.error.gone");
        }
        return client;
    }

    private static Subject subject(RegisteredClient client) {
        return new Subject(null, client.getClientName() + " (" + client.getClientId() + ")");
    }

    private static Map<String, Object> state(RegisteredClient client) {
        ApplicationData data = RegisteredClients.dataOf(client);
        var state = new LinkedHashMap<String, Object>();
        state.put("name", data.name());
        state.put("redirectUris", data.redirectUris());
        state.put("postLogoutRedirectUris", data.postLogoutRedirectUris());
        state.put("backchannelLogoutUri", String.valueOf(data.backchannelLogoutUri()));
        state.put("confidential", client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC));
        state.put("scopes", List.copyOf(data.scopes()));
        return state;
    }
}
