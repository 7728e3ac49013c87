package org.extranet.application;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An application as staff register it: where it may receive codes (exact addresses), where it may
 * send users after signing out, where it takes back-channel logout tokens, whether it keeps a
 * secret (confidential, a server) or cannot (public, in a browser or on a device: it must use PKCE),
 * and the scopes it may ask for.
 */
public record ApplicationData(String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
                              @Nullable String backchannelLogoutUri, boolean confidential, Set<String> scopes) {
}
