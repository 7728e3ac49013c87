package org.extranet.passkey;

/** The one field of a passkey a user fills in. */
public enum PasskeyField {
    NAME
}
