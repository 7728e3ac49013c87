package org.extranet.application;

/** The fields of the application form, so that a refusal can be shown at the field it concerns. */
public enum ApplicationField {
    NAME, REDIRECT_URIS, POST_LOGOUT_URIS, BACKCHANNEL_LOGOUT_URI, SCOPES
}
