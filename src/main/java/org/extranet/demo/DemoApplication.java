package org.extranet.demo;

import java.util.List;
import java.util.Objects;
import org.extranet.oidc.EnabledClients;
import org.extranet.oidc.ExtranetScopes;
import org.extranet.oidc.OpenIdSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The zero-setup run's demo application for the OpenID Connect provider: a confidential client
 * with a published secret, for a Spring Boot application on port 8081 (README). Demo only, like
 * the demo accounts.
 */
final class DemoApplication {

    static final String CLIENT_ID = "demo-application";
    static final String SECRET = "demo-application-secret";
    static final String REDIRECT = "http://127.0.0.1:8081/login/oauth2/code/extranet";

    private DemoApplication() {
    }

    static void registerIfMissing(EnabledClients clients, PasswordEncoder encoder, OpenIdSettings settings) {
        if (clients.all().findByClientId(CLIENT_ID) != null) {
            return;
        }
        clients.save(RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientName("Demo application")
                .clientSecret(Objects.requireNonNull(encoder.encode(SECRET)))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .redirectUri(REDIRECT)
                .postLogoutRedirectUri("http://127.0.0.1:8081/")
                .scopes(scopes -> scopes.addAll(List.copyOf(ExtranetScopes.ALL)))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false)
                        .setting(ExtranetScopes.ENABLED, true).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(settings.accessTokenLifetime())
                        .refreshTokenTimeToLive(settings.refreshTokenLifetime()).reuseRefreshTokens(false).build())
                .build());
    }
}
