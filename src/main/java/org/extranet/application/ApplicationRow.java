package org.extranet.application;

/**
 * An application in staff's list; {@code id} is the registration's, {@code clientId} what the
 * application sends, {@code redirectUris} how many exact redirect addresses it has.
 */
public record ApplicationRow(String id, String clientId, String name, boolean confidential, boolean enabled,
                             int redirectUris) {
}
