package org.extranet.staff;

/**
 * The first staff account asked for ({@code extranet.first-staff.*}) cannot be made as set: the
 * product does not start, rather than start with no way in or give a distributor's user staff rights.
 */
class FirstStaffRefused extends IllegalStateException {

    private final String description;
    private final String action;

    private FirstStaffRefused(String description, String action) {
        super(description);
        this.description = description;
        this.action = action;
    }

    String description() {
        return description;
    }

    String action() {
        return action;
    }

    static FirstStaffRefused invalidEmail(String email) {
        return new FirstStaffRefused("The e-mail address of the first staff account (extranet.first-staff.email, "
                + "EXTRANET_FIRST_STAFF_EMAIL) is not a valid e-mail address: \"" + email + "\".",
                "Set EXTRANET_FIRST_STAFF_EMAIL to the staff member's e-mail address, e.g. marta.serwis@manufacturer.example, "
                        + "or remove it.");
    }

    static FirstStaffRefused name(String setting) {
        return new FirstStaffRefused("The first staff account (EXTRANET_FIRST_STAFF_EMAIL) needs the staff member's "
                + "name, and " + setting + " is not set (or longer than 100 characters).",
                "Set EXTRANET_FIRST_STAFF_FIRST_NAME and EXTRANET_FIRST_STAFF_LAST_NAME, or remove EXTRANET_FIRST_STAFF_EMAIL.");
    }

    static FirstStaffRefused distributorUser(String email) {
        return new FirstStaffRefused("The e-mail address of the first staff account (EXTRANET_FIRST_STAFF_EMAIL) "
                + "belongs to a distributor company's user: \"" + email + "\". One address is one account, and a "
                + "company's user does not become customer-service staff.",
                "Set EXTRANET_FIRST_STAFF_EMAIL to an address that has no account yet, or remove it.");
    }
}
