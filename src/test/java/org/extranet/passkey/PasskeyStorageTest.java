package org.extranet.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.PASSKEY;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/**
 * What Spring Security's ceremonies store and read back: an account's user handle, random and
 * linked to the account whatever its address becomes, and its passkeys with the moments from the
 * product's clock.
 */
@SpringBootTest
class PasskeyStorageTest {

    @Autowired PasskeyUsers users;
    @Autowired PasskeyCredentials credentials;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Bytes handleFor(String email) {
        var handle = Bytes.random();
        users.save(ImmutablePublicKeyCredentialUserEntity.builder().id(handle).name(email).displayName(email).build());
        return handle;
    }

    private static CredentialRecord registered(Bytes credentialId, Bytes handle, String label) {
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(credentialId)
                .userEntityUserId(handle)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .backupEligible(true)
                .backupState(false)
                .attestationObject(new Bytes(new byte[] {4, 5}))
                .label(label)
                .build();
    }

    @Test
    void the_user_entity_is_the_account_by_its_handle_and_its_address_as_it_is_now() {
        String email = fixtures.user(fixtures.company());
        var handle = handleFor(email.toUpperCase());

        assertThat(db.fetchValue(APP_USER.PASSKEY_USER_HANDLE, APP_USER.EMAIL.eq(email)))
                .isEqualTo(handle.toBase64UrlString());
        assertThat(users.findByUsername(email).getId()).isEqualTo(handle);
        String changed = Fixtures.unique("changed") + "@example.com";
        db.update(APP_USER).set(APP_USER.EMAIL, changed).where(APP_USER.EMAIL.eq(email)).execute();

        var entity = users.findById(handle);
        assertThat(entity.getName()).isEqualTo(changed);
        assertThat(entity.getDisplayName()).startsWith("Test ");
        assertThat(users.findByUsername(email)).isNull();
        assertThat(users.findByUsername(fixtures.user(fixtures.company()))).isNull();
    }

    @Test
    void a_passkey_is_stored_as_registered_and_noted_each_time_it_signs_in() {
        String email = fixtures.user(fixtures.company());
        var handle = handleFor(email);
        var credentialId = Bytes.random();
        var registeredAt = OffsetDateTime.now(clock);

        credentials.save(registered(credentialId, handle, "Laptop"));
        clock.move(Duration.ofDays(3));
        var read = credentials.findByCredentialId(credentialId);
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(read).signatureCount(7).backupState(true).build());

        var used = credentials.findByCredentialId(credentialId);
        assertThat(used.getUserEntityUserId()).isEqualTo(handle);
        assertThat(used.getLabel()).isEqualTo("Laptop");
        assertThat(used.getSignatureCount()).isEqualTo(7);
        assertThat(used.isBackupState()).isTrue();
        assertThat(used.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID);
        assertThat(used.getPublicKey().getBytes()).containsExactly(1, 2, 3);
        assertThat(used.getCreated()).isBetween(registeredAt.minusSeconds(1).toInstant(), registeredAt.plusSeconds(10).toInstant());
        assertThat(Duration.between(used.getCreated(), used.getLastUsed())).isBetween(Duration.ofDays(3),
                Duration.ofDays(3).plusSeconds(10));
        assertThat(credentials.findByUserId(handle)).extracting(CredentialRecord::getCredentialId).containsExactly(credentialId);
        assertThat(db.fetchCount(PASSKEY, PASSKEY.USER_ID.eq(fixtures.userId(email)))).isOne();
    }
}
