package org.extranet.security;

/** The one field of "Confirm it's you". */
public enum ReauthenticationField { PASSWORD }
