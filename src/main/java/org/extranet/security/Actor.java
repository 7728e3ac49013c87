package org.extranet.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting, as the database says right now: services decide with this, never with what the
 * UI happened to show.
 */
public record Actor(long id, String label, boolean staff, @Nullable Long companyId, Set<String> permissions) {

    public static final String MANAGE_USERS = "MANAGE_USERS";

    /** Staff act for every company; an administrator for their own one only. */
    public boolean mayManageUsersOf(long companyId) {
        return staff || (this.companyId != null && this.companyId == companyId && permissions.contains(MANAGE_USERS));
    }

    /** Whether a change to the given company is made on its behalf by the service department. */
    public boolean actsOnBehalfOf(long companyId) {
        return staff;
    }
}
