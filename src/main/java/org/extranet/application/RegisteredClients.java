package org.extranet.application;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.extranet.oidc.EnabledClients;
import org.extranet.oidc.ExtranetScopes;
import org.extranet.oidc.OpenIdSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * An application as Spring's authorization server keeps it. Confidential applications authenticate
 * with their secret and get refresh tokens (each used once: a new one comes with every refresh) and
 * client credentials; public ones have no secret and must use PKCE. Nobody is asked for consent:
 * staff registered the application, and the user's own data is all it gets.
 */
final class RegisteredClients {

    private final OpenIdSettings settings;
    private final Clock clock;

    RegisteredClients(OpenIdSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    RegisteredClient newClient(String id, ApplicationData data, @Nullable String secretHash) {
        var builder = RegisteredClient.withId(id)
                .clientId(UUID.randomUUID().toString())
                .clientIdIssuedAt(clock.instant())
                .clientSecret(secretHash)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE);
        if (data.confidential()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return withData(builder, data, data.confidential(), true).tokenSettings(TokenSettings.builder()
                .accessTokenTimeToLive(settings.accessTokenLifetime())
                .refreshTokenTimeToLive(settings.refreshTokenLifetime())
                .reuseRefreshTokens(false)
                .build()).build();
    }

    RegisteredClient changed(RegisteredClient client, ApplicationData data) {
        return withData(RegisteredClient.from(client), data, confidential(client), EnabledClients.isEnabled(client)).build();
    }

    private static RegisteredClient.Builder withData(RegisteredClient.Builder builder, ApplicationData data,
                                                     boolean confidential, boolean enabled) {
        var settings = ClientSettings.builder()
                .requireProofKey(!confidential)
                .requireAuthorizationConsent(false)
                .setting(ExtranetScopes.ENABLED, enabled);
        if (data.backchannelLogoutUri() != null) {
            settings.setting(ExtranetScopes.BACKCHANNEL_LOGOUT_URI, data.backchannelLogoutUri());
        }
        return builder.clientName(data.name())
                .redirectUris(uris -> {
                    uris.clear();
                    uris.addAll(data.redirectUris());
                })
                .postLogoutRedirectUris(uris -> {
                    uris.clear();
                    uris.addAll(data.postLogoutRedirectUris());
                })
                .scopes(scopes -> {
                    scopes.clear();
                    scopes.addAll(data.scopes());
                })
                .clientSettings(settings.build());
    }

    static ClientSettings settingsWith(ClientSettings settings, String name, Object value) {
        return ClientSettings.withSettings(settings.getSettings()).setting(name, value).build();
    }

    static boolean confidential(RegisteredClient client) {
        return client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
    }

    static ApplicationData dataOf(RegisteredClient client) {
        Object backchannel = client.getClientSettings().getSetting(ExtranetScopes.BACKCHANNEL_LOGOUT_URI);
        return new ApplicationData(client.getClientName(), List.copyOf(new TreeSet<>(client.getRedirectUris())),
                List.copyOf(new TreeSet<>(client.getPostLogoutRedirectUris())),
                backchannel == null ? null : Objects.toString(backchannel), confidential(client),
                Set.copyOf(client.getScopes()));
    }
}
