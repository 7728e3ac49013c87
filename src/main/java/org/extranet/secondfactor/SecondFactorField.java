package org.extranet.secondfactor;

/** The fields a second-factor refusal is told at. */
public enum SecondFactorField { CODE, RECOVERY_CODE, PASSWORD_OR_CODE }
