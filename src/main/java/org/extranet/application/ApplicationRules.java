package org.extranet.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.extranet.base.FieldRefusal;
import org.extranet.oidc.ExtranetScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * What an application's registration must be: a name, at least one redirect address, addresses that
 * are absolute, without fragments or wildcards, and HTTPS unless on this machine (loopback, for
 * development), and scopes the provider knows, {@code openid} always among them. Addresses are
 * compared exactly; a {@code *} would be taken literally, so it is refused rather than misread as a wildcard.
 */
final class ApplicationRules {

    static final int LONGEST_NAME = 200;
    /** Spring's table keeps each list of addresses in one column of 1000 characters. */
    static final int LONGEST_LIST = 1000;

    private ApplicationRules() {
    }

    static ApplicationData checked(ApplicationData data) {
        String name = data.name().strip();
        if (name.isEmpty()) {
            throw new FieldRefusal(ApplicationField.NAME, "application.error.name-required");
        }
        if (name.length() > LONGEST_NAME) {
            throw new FieldRefusal(ApplicationField.NAME, "application.error.too-long", LONGEST_NAME);
        }
        List<String> redirects = addresses(data.redirectUris(), ApplicationField.REDIRECT_URIS);
        if (redirects.isEmpty()) {
            throw new FieldRefusal(ApplicationField.REDIRECT_URIS, "application.error.redirect-required");
        }
        List<String> postLogout = addresses(data.postLogoutRedirectUris(), ApplicationField.POST_LOGOUT_URIS);
        String backchannel = data.backchannelLogoutUri() == null || data.backchannelLogoutUri().isBlank() ? null
                : address(data.backchannelLogoutUri().strip(), ApplicationField.BACKCHANNEL_LOGOUT_URI);
        var scopes = new LinkedHashSet<String>();
        scopes.add(OidcScopes.OPENID);
        for (String scope : data.scopes()) {
            if (!ExtranetScopes.ALL.contains(scope)) {
                throw new FieldRefusal(ApplicationField.SCOPES, "application.error.unknown-scope", scope);
            }
            scopes.add(scope);
        }
        return new ApplicationData(name, redirects, postLogout, backchannel, data.confidential(), scopes);
    }

    private static List<String> addresses(List<String> typed, ApplicationField field) {
        List<String> addresses = typed.stream().map(String::strip).filter(line -> !line.isEmpty()).distinct()
                .map(line -> address(line, field)).toList();
        if (String.join(",", addresses).length() > LONGEST_LIST) {
            throw new FieldRefusal(field, "application.error.too-long", LONGEST_LIST);
        }
        return addresses;
    }

    private static String address(String typed, ApplicationField field) {
        try {
            var uri = new URI(typed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean loopback = isLoopback(uri.getHost());
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null || typed.contains(",")
                    || typed.contains("*")
                    || !("https".equals(scheme) || ("http".equals(scheme) && loopback))) {
                throw new FieldRefusal(field, "application.error.address", typed);
            }
            return typed;
        } catch (URISyntaxException e) {
            throw new FieldRefusal(field, "application.error.address", typed);
        }
    }

    private static boolean isLoopback(@Nullable String host) {
        return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }
}
