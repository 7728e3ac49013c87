package org.extranet.password;

/** The fields of a form that sets a password; only "Change password" asks for the current one. */
public enum PasswordFormField { CURRENT_PASSWORD, NEW_PASSWORD, REPEAT }
