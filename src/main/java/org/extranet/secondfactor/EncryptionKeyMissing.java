package org.extranet.secondfactor;

/**
 * An external database with no key (or a short one) to encrypt authenticator apps' secrets: the
 * product does not start rather than keep them readable, or lose them with a key made up on the spot.
 */
class EncryptionKeyMissing extends IllegalStateException {

    static final int SHORTEST = 16;
    static final String DESCRIPTION = "No key to encrypt the secrets of authenticator apps is configured "
            + "(extranet.second-factor.encryption-key, EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY), or it is shorter than "
            + SHORTEST + " characters. With an external database (spring.datasource.url) the key must be set; only the "
            + "zero-setup run makes one of its own.";
    static final String ACTION = "Set EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY to a long random value (for example the output "
            + "of 'openssl rand -base64 32'), keep it safe, and use the same value on every node and after every restart: "
            + "without it no authenticator app set up so far can be checked.";

    EncryptionKeyMissing() {
        super(DESCRIPTION);
    }
}
