package org.extranet.application;

import org.jspecify.annotations.Nullable;

/**
 * What registering an application or renewing its secret gives staff once: the client id and, for
 * a confidential application, its secret. Only the secret's hash is kept.
 */
public record IssuedSecret(String id, String clientId, @Nullable String secret) {
}
