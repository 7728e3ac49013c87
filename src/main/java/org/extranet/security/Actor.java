package org.extranet.security;

import java.util.Set;
import org.extranet.base.PermissionCodes;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting, as the database says right now: services decide with this, never with what the
 * UI happened to show.
 */
public record Actor(long id, String label, boolean staff, @Nullable Long companyId, Set<String> permissions) {


    /**
     * Whether the actor may administer the company: its users, logo and delivery addresses. Staff
     * administer every company; a user holding "Manage users" their own one only.
     */
    public boolean administers(long companyId) {
        return staff || (this.companyId != null && this.companyId == companyId && permissions.contains(PermissionCodes.MANAGE_USERS));
    }
}
