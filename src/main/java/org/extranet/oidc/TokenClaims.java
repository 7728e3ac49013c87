package org.extranet.oidc;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/**
 * The claims of ID tokens, access tokens and the userinfo endpoint, read from the database as each
 * is made: the subject is the user's id, and a user who is no longer active gets no token at all.
 * Tokens for a back-end service itself (client credentials) name the application, no user.
 */
final class TokenClaims {

    private final ProviderClaims claims;

    TokenClaims(ProviderClaims claims) {
        this.claims = claims;
    }

    void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        String subject = context.getPrincipal().getName();
        UserClaims user = claims.ofActiveUser(subject).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The user may no longer sign in", null)));
        var scopes = context.getAuthorizedScopes();
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            context.getClaims().claims(existing -> existing.putAll(user.forScopes(scopes)));
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().subject(user.subject()).claims(existing -> existing.putAll(user.forAccessToken(scopes)));
        }
    }

    /** The userinfo endpoint's answer: the claims the access token's scopes allow. */
    OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        UserClaims user = claims.ofActiveUser(subject).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The user may no longer sign in", null)));
        return new OidcUserInfo(user.forScopes(context.getAccessToken().getScopes()));
    }
}
