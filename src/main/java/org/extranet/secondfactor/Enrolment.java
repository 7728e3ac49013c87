package org.extranet.secondfactor;

/**
 * An authenticator app being set up: the key to type into the app, in groups of four characters,
 * and the same key as a QR code (a PNG image) for the app to scan.
 */
public record Enrolment(String key, byte[] qrCode) {

    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
