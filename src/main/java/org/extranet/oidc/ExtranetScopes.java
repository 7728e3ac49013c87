package org.extranet.oidc;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/** The scopes an application may be allowed, and the product's own settings kept with a registered client. */
public final class ExtranetScopes {

    /** The company the user works for: its id, customer number and name. */
    public static final String COMPANY = "extranet.company";
    /** The user's external permissions (PLACE_ORDERS, VIEW_INVOICES, ...). */
    public static final String PERMISSIONS = "extranet.permissions";
    public static final List<String> ALL = List.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL, COMPANY, PERMISSIONS);

    /** A client setting: where the application takes back-channel logout tokens; absent when it takes none. */
    public static final String BACKCHANNEL_LOGOUT_URI = "settings.client.extranet.backchannel-logout-uri";
    /** A client setting: false while staff have the application disabled. */
    public static final String ENABLED = "settings.client.extranet.enabled";

    private ExtranetScopes() {
    }
}
