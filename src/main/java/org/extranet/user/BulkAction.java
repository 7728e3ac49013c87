package org.extranet.user;

/**
 * What the admin panel does to many selected users at once, one user at a time; each is the
 * single-user action of the same name. Translated under {@code bulk.action.<name>}.
 */
public enum BulkAction {
    LOCK,
    UNLOCK,
    RESEND_INVITATION,
    DELETE,
    GRANT_PERMISSION,
    TAKE_AWAY_PERMISSION;

    /** Whether the action needs a permission chosen to grant or take away. */
    public boolean takesPermission() {
        return this == GRANT_PERMISSION || this == TAKE_AWAY_PERMISSION;
    }
}
