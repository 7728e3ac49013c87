package org.extranet.secondfactor;

/** A way to give the second factor when signing in; translated under {@code second-factor.method.<name>}. */
public enum SecondFactorMethod { PASSKEY, AUTHENTICATOR_APP, RECOVERY_CODE }
