package org.extranet.base;

/**
 * The external permissions the product's own rules depend on, by their code in the permission
 * catalogue (the table {@code external_permission}); the others only pass through to the rest of
 * the extranet. They double as role names, so views can name them in {@code @RolesAllowed}.
 */
public final class PermissionCodes {

    /** Manages the company's users, logo and delivery addresses: the company's administrator. */
    public static final String MANAGE_USERS = "MANAGE_USERS";
    /** Prepares quotes for the company's end customers. */
    public static final String PREPARE_QUOTES = "PREPARE_QUOTES";
    /** The role of the Distributor Service Department's staff. */
    public static final String SERVICE_STAFF = "SERVICE_STAFF";

    private PermissionCodes() {
    }
}
