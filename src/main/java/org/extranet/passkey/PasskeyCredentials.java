package org.extranet.passkey;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.PASSKEY;
import static org.jooq.impl.DSL.val;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.db.tables.records.PasskeyRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * The passkeys Spring Security's ceremonies register and check, in {@code passkey}: each belongs to
 * an account through the account's user handle. A passkey saved again was just used to sign in:
 * its signature count and backup state are kept and the moment noted, from the product's clock.
 */
@Component
class PasskeyCredentials implements UserCredentialRepository {

    private final DSLContext db;
    private final Clock clock;

    PasskeyCredentials(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void delete(Bytes credentialId) {
        db.deleteFrom(PASSKEY).where(PASSKEY.CREDENTIAL_ID.eq(credentialId.toBase64UrlString())).execute();
    }

    @Override
    public void save(CredentialRecord credential) {
        String credentialId = credential.getCredentialId().toBase64UrlString();
        var now = OffsetDateTime.now(clock);
        int used = db.update(PASSKEY)
                .set(PASSKEY.SIGNATURE_COUNT, credential.getSignatureCount())
                .set(PASSKEY.UV_INITIALIZED, credential.isUvInitialized())
                .set(PASSKEY.BACKUP_STATE, credential.isBackupState())
                .set(PASSKEY.LAST_USED_AT, now)
                .where(PASSKEY.CREDENTIAL_ID.eq(credentialId))
                .execute();
        if (used == 1) {
            return;
        }
        var type = credential.getCredentialType();
        var attestation = credential.getAttestationObject();
        var clientData = credential.getAttestationClientDataJSON();
        int added = db.insertInto(PASSKEY, PASSKEY.USER_ID, PASSKEY.CREDENTIAL_ID, PASSKEY.LABEL, PASSKEY.PUBLIC_KEY,
                        PASSKEY.SIGNATURE_COUNT, PASSKEY.UV_INITIALIZED, PASSKEY.BACKUP_ELIGIBLE, PASSKEY.BACKUP_STATE,
                        PASSKEY.TRANSPORTS, PASSKEY.CREDENTIAL_TYPE, PASSKEY.ATTESTATION_OBJECT,
                        PASSKEY.ATTESTATION_CLIENT_DATA_JSON, PASSKEY.CREATED_AT)
                .select(db.select(APP_USER.ID, val(credentialId), val(credential.getLabel()),
                                val(credential.getPublicKey().getBytes()), val(credential.getSignatureCount()),
                                val(credential.isUvInitialized()), val(credential.isBackupEligible()),
                                val(credential.isBackupState()), val(transports(credential)),
                                val(type == null ? PublicKeyCredentialType.PUBLIC_KEY.getValue() : type.getValue()),
                                val(attestation == null ? null : attestation.getBytes(), PASSKEY.ATTESTATION_OBJECT),
                                val(clientData == null ? null : clientData.getBytes(), PASSKEY.ATTESTATION_CLIENT_DATA_JSON),
                                val(now))
                        .from(APP_USER)
                        .where(APP_USER.PASSKEY_USER_HANDLE.eq(credential.getUserEntityUserId().toBase64UrlString())))
                .execute();
        if (added != 1) {
            throw new IllegalStateException("No account has the passkey's user handle");
        }
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return find(PASSKEY.CREDENTIAL_ID.eq(credentialId.toBase64UrlString())).stream().findFirst().orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return find(APP_USER.PASSKEY_USER_HANDLE.eq(userId.toBase64UrlString()));
    }

    private List<CredentialRecord> find(Condition condition) {
        return db.select(PASSKEY, APP_USER.PASSKEY_USER_HANDLE)
                .from(PASSKEY).join(APP_USER).on(APP_USER.ID.eq(PASSKEY.USER_ID))
                .where(condition)
                .orderBy(PASSKEY.CREATED_AT, PASSKEY.ID)
                .fetch(Records.mapping(PasskeyCredentials::credential));
    }

    private static CredentialRecord credential(PasskeyRecord passkey, @Nullable String userHandle) {
        var created = passkey.getCreatedAt().toInstant();
        var lastUsed = passkey.getLastUsedAt();
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.valueOf(passkey.getCredentialType()))
                .credentialId(Bytes.fromBase64(passkey.getCredentialId()))
                .userEntityUserId(Bytes.fromBase64(userHandle))
                .publicKey(new ImmutablePublicKeyCose(passkey.getPublicKey()))
                .signatureCount(passkey.getSignatureCount())
                .uvInitialized(passkey.getUvInitialized())
                .backupEligible(passkey.getBackupEligible())
                .backupState(passkey.getBackupState())
                .transports(Arrays.stream(passkey.getTransports().split(",")).filter(value -> !value.isBlank())
                        .map(AuthenticatorTransport::valueOf).collect(Collectors.toUnmodifiableSet()))
                .attestationObject(passkey.getAttestationObject() == null ? null : new Bytes(passkey.getAttestationObject()))
                .attestationClientDataJSON(passkey.getAttestationClientDataJson() == null ? null
                        : new Bytes(passkey.getAttestationClientDataJson()))
                .created(created)
                .lastUsed(lastUsed == null ? created : lastUsed.toInstant())
                .label(passkey.getLabel())
                .build();
    }

    private static String transports(CredentialRecord credential) {
        return credential.getTransports().stream().map(AuthenticatorTransport::getValue).sorted()
                .collect(Collectors.joining(","));
    }
}
