package org.extranet.user;

import org.jspecify.annotations.Nullable;

/**
 * One selected user as a bulk action's result names them, read before the action (a deleted user's
 * name is gone afterwards). Name and e-mail are null for an id that is no user of the company.
 */
public record BulkTarget(long id, @Nullable String name, @Nullable String email) {
}
