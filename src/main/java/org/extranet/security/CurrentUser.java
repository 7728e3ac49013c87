package org.extranet.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The id of the user behind the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Long> id() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user.id())
                : Optional.empty();
    }

    public static long requireId() {
        return id().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
