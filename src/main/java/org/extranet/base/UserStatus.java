package org.extranet.base;

/** Where an account stands; translated under {@code user.status.<name>}. */
public enum UserStatus {
    /** Created, no password set yet. */
    INVITED,
    ACTIVE,
    LOCKED
}
