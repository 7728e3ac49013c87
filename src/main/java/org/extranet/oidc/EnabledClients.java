package org.extranet.oidc;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The registered applications as the authorization server sees them: one staff have disabled does
 * not exist for it, so it can neither sign anyone in nor use its tokens. Staff's screen reads and
 * writes through {@link #all()}, which sees them all.
 */
public final class EnabledClients implements RegisteredClientRepository {

    private final RegisteredClientRepository all;

    EnabledClients(RegisteredClientRepository all) {
        this.all = all;
    }

    /** Every registered application, disabled ones included. */
    public RegisteredClientRepository all() {
        return all;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        all.save(registeredClient);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return enabled(all.findById(id));
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return enabled(all.findByClientId(clientId));
    }

    public static boolean isEnabled(RegisteredClient client) {
        return !Boolean.FALSE.equals(client.getClientSettings().getSetting(ExtranetScopes.ENABLED));
    }

    private static @Nullable RegisteredClient enabled(@Nullable RegisteredClient client) {
        return client != null && isEnabled(client) ? client : null;
    }
}
