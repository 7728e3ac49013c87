package org.extranet.user;

/** The fields of the user form, so that a refusal can be shown at the field it concerns. */
public enum UserField {
    EMAIL, FIRST_NAME, LAST_NAME, PHONE, PERMISSIONS
}
