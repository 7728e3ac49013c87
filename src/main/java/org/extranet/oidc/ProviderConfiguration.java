package org.extranet.oidc;

import org.extranet.security.SecurityConfiguration;
import org.extranet.security.SignedInSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The OpenID Connect provider's endpoints, in a filter chain of their own ahead of the product's:
 * discovery, JWKS, authorize (code with PKCE), token (refresh tokens rotate), userinfo, logout,
 * introspection and revocation. Signing in is the product's: a browser that is not signed in goes
 * to its sign-in page and comes back; the session check and the second factor hold here as on
 * every page ({@link SignedInSubject}). Clients, authorizations and consents live in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    static final String AUTHORIZE = "/oauth2/authorize";
    static final String LOGOUT = "/connect/logout";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain openIdProvider(HttpSecurity http, SignedInSessions sessions, TokenClaims claims,
                                       EnabledClients clients) throws Exception {
        var logoutHandler = new OidcLogoutAuthenticationSuccessHandler();
        logoutHandler.setLogoutHandler(new CompositeLogoutHandler(sessions.endsRecord(), new SecurityContextLogoutHandler()));
        var server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, provider -> provider
                        .registeredClientRepository(clients)
                        .oidc(oidc -> oidc
                                .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(claims::userInfo))
                                .logoutEndpoint(logout -> logout.logoutResponseHandler(logoutHandler))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/" + SecurityConfiguration.LOGIN_PATH),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .addFilterAfter(sessions.sessionCheck(), SecurityContextHolderFilter.class)
                .addFilterAfter(new SignedInSubject(matcher(AUTHORIZE),
                        new OrRequestMatcher(matcher(AUTHORIZE), matcher(LOGOUT)), sessions.contexts()), CsrfFilter.class);
        return http.build();
    }

    private static PathPatternRequestMatcher matcher(String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(path);
    }

    @Bean
    EnabledClients registeredClients(JdbcOperations jdbc) {
        return new EnabledClients(new JdbcRegisteredClientRepository(jdbc));
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, EnabledClients clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients.all());
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc, EnabledClients clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients.all());
    }

    /** The issuer is the address the provider is reached at (behind a proxy: its forwarded host and scheme). */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    TokenClaims tokenClaims(ProviderClaims claims) {
        return new TokenClaims(claims);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(TokenClaims claims) {
        return claims::customize;
    }
}
