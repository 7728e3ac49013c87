package org.extranet.oidc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/**
 * What the provider tells an application about the signed-in user, by scope: only this user's own
 * data, never anyone else's. Staff belong to no company. Ids are strings, as {@code sub} is (and as
 * Spring's stored token metadata keeps them without a Java type).
 */
record UserClaims(long userId, String email, String givenName, String familyName, String locale,
                  @Nullable Long companyId, @Nullable String customerNumber, @Nullable String companyName,
                  List<String> permissions) {

    static final String COMPANY = "company";
    static final String COMPANY_ID = "company_id";
    static final String PERMISSIONS = "permissions";

    String subject() {
        return Long.toString(userId);
    }

    /** The claims the granted scopes allow, for the ID token and the userinfo endpoint. */
    Map<String, Object> forScopes(Set<String> scopes) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put(StandardClaimNames.SUB, subject());
        if (scopes.contains(OidcScopes.EMAIL)) {
            claims.put(StandardClaimNames.EMAIL, email);
            claims.put(StandardClaimNames.EMAIL_VERIFIED, true);
        }
        if (scopes.contains(OidcScopes.PROFILE)) {
            claims.put(StandardClaimNames.NAME, givenName + " " + familyName);
            claims.put(StandardClaimNames.GIVEN_NAME, givenName);
            claims.put(StandardClaimNames.FAMILY_NAME, familyName);
            claims.put(StandardClaimNames.LOCALE, locale);
        }
        if (scopes.contains(ExtranetScopes.COMPANY) && companyId != null) {
            var company = new LinkedHashMap<String, Object>();
            company.put("id", companyId.toString());
            company.put("customer_number", customerNumber);
            company.put("name", companyName);
            claims.put(COMPANY, company);
        }
        if (scopes.contains(ExtranetScopes.PERMISSIONS)) {
            claims.put(PERMISSIONS, permissions);
        }
        return claims;
    }

    /** What a resource server needs to decide, in the access token: the company's id and the permissions granted. */
    Map<String, Object> forAccessToken(Set<String> scopes) {
        var claims = new LinkedHashMap<String, Object>();
        if (scopes.contains(ExtranetScopes.COMPANY) && companyId != null) {
            claims.put(COMPANY_ID, companyId.toString());
        }
        if (scopes.contains(ExtranetScopes.PERMISSIONS)) {
            claims.put(PERMISSIONS, permissions);
        }
        return claims;
    }
}
