package org.extranet.oidc;

import static org.extranet.db.Tables.OIDC_SIGNING_KEY;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's signing keys, kept in PostgreSQL so that every node signs and publishes the same
 * ones. The newest key signs; a key replaced by a newer one stays published until every token it
 * signed has expired, then goes. Private keys are stored encrypted (AES-GCM, {@link KeyEncryption}).
 */
class SigningKeys {

    private final DSLContext db;
    private final BytesEncryptor encryptor;
    private final OpenIdSettings settings;
    private final Clock clock;

    SigningKeys(DSLContext db, BytesEncryptor encryptor, OpenIdSettings settings, Clock clock) {
        this.db = db;
        this.encryptor = encryptor;
        this.settings = settings;
        this.clock = clock;
    }

    /** The keys to publish, newest (the one that signs) first; makes the first key when there is none. */
    @Transactional
    List<JWK> published() {
        var keys = load();
        if (keys.isEmpty()) {
            rotateIfDue();
            keys = load();
        }
        return keys;
    }

    private List<JWK> load() {
        OffsetDateTime stillPublished = OffsetDateTime.now(clock).minus(settings.retiredKeyPublished());
        return db.selectFrom(OIDC_SIGNING_KEY)
                .where(OIDC_SIGNING_KEY.RETIRED_AT.isNull().or(OIDC_SIGNING_KEY.RETIRED_AT.gt(stillPublished)))
                .orderBy(OIDC_SIGNING_KEY.CREATED_AT.desc())
                .fetch(row -> jwk(row.getKid(), row.getPublicKey(), row.getPrivateKey()));
    }

    /**
     * Makes a new signing key when the newest is older than the rotation period (or there is none),
     * retires the one before and forgets keys no token can need any more. The table lock makes one
     * node do it while the others wait and then find it done.
     */
    @Transactional
    boolean rotateIfDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.execute("LOCK TABLE oidc_signing_key IN SHARE ROW EXCLUSIVE MODE");
        db.deleteFrom(OIDC_SIGNING_KEY)
                .where(OIDC_SIGNING_KEY.RETIRED_AT.le(now.minus(settings.retiredKeyPublished())))
                .execute();
        if (db.fetchExists(OIDC_SIGNING_KEY, OIDC_SIGNING_KEY.RETIRED_AT.isNull()
                .and(OIDC_SIGNING_KEY.CREATED_AT.gt(now.minus(settings.keyRotation()))))) {
            return false;
        }
        db.update(OIDC_SIGNING_KEY).set(OIDC_SIGNING_KEY.RETIRED_AT, now)
                .where(OIDC_SIGNING_KEY.RETIRED_AT.isNull()).execute();
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            db.insertInto(OIDC_SIGNING_KEY)
                    .set(OIDC_SIGNING_KEY.KID, UUID.randomUUID().toString())
                    .set(OIDC_SIGNING_KEY.PUBLIC_KEY, pair.getPublic().getEncoded())
                    .set(OIDC_SIGNING_KEY.PRIVATE_KEY, encryptor.encrypt(pair.getPrivate().getEncoded()))
                    .set(OIDC_SIGNING_KEY.CREATED_AT, now)
                    .execute();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA key pair generator", e);
        }
        return true;
    }

    private JWK jwk(String kid, byte[] publicKey, byte[] sealedPrivateKey) {
        try {
            var factory = KeyFactory.getInstance("RSA");
            var publicPart = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
            var privatePart = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(encryptor.decrypt(sealedPrivateKey)));
            return new RSAKey.Builder(publicPart).privateKey(privatePart).keyID(kid)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " cannot be read", e);
        }
    }
}
