package org.extranet.security;

import java.util.Set;

/**
 * Published inside the transaction of a change that takes access away from users (locked, deleted,
 * a permission taken from them or from their company), so that what they were given elsewhere (the
 * OpenID Connect provider's tokens) is withdrawn with it, without the feature knowing who listens.
 */
public record AccessWithdrawn(Set<Long> userIds) {

    public AccessWithdrawn {
        userIds = Set.copyOf(userIds);
    }

    public static AccessWithdrawn of(long userId) {
        return new AccessWithdrawn(Set.of(userId));
    }
}
