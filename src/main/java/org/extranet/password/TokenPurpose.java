package org.extranet.password;

/** Why a one-time link was sent; stored in {@code one_time_token.purpose} by name. */
public enum TokenPurpose {
    /** The welcome e-mail of a new user. */
    INVITATION,
    /** "Forgot password?" on the sign-in page. */
    PASSWORD_RESET
}
