package org.extranet.passkey;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.PASSKEY;

import org.extranet.base.Language;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * The WebAuthn user entities Spring Security's ceremonies ask for, which are the product's accounts:
 * the random user handle is a column of {@code app_user}, the name is the account's e-mail address
 * as it is now (a changed address goes on working) and the display name the person's name.
 */
@Component
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private final DSLContext db;

    PasskeyUsers(DSLContext db) {
        this.db = db;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return find(APP_USER.PASSKEY_USER_HANDLE.eq(id.toBase64UrlString()));
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        return find(APP_USER.EMAIL.lower().eq(username.strip().toLowerCase())
                .and(APP_USER.PASSKEY_USER_HANDLE.isNotNull()));
    }

    /** Called once per account, with the handle Spring made at random as its first passkey is registered. */
    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        int updated = db.update(APP_USER).set(APP_USER.PASSKEY_USER_HANDLE, userEntity.getId().toBase64UrlString())
                .where(APP_USER.EMAIL.lower().eq(userEntity.getName().strip().toLowerCase())
                        .and(APP_USER.PASSKEY_USER_HANDLE.isNull()))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("No account without a user handle for this user entity");
        }
    }

    @Override
    public void delete(Bytes id) {
        String handle = id.toBase64UrlString();
        db.deleteFrom(PASSKEY).where(PASSKEY.USER_ID.in(
                db.select(APP_USER.ID).from(APP_USER).where(APP_USER.PASSKEY_USER_HANDLE.eq(handle)))).execute();
        db.update(APP_USER).setNull(APP_USER.PASSKEY_USER_HANDLE).where(APP_USER.PASSKEY_USER_HANDLE.eq(handle)).execute();
    }

    private @Nullable PublicKeyCredentialUserEntity find(Condition condition) {
        return db.select(APP_USER.PASSKEY_USER_HANDLE, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME)
                .from(APP_USER).where(condition)
                .fetchOne(Records.mapping((handle, email, firstName, lastName) -> ImmutablePublicKeyCredentialUserEntity.builder()
                        .id(Bytes.fromBase64(handle))
                        .name(email)
                        .displayName(firstName + " " + lastName)
                        .build()));
    }

    /** Whose user handle it is, for the audit log and the mail; null when it is nobody's. */
    @Nullable Owner owner(Bytes userHandle) {
        return db.select(APP_USER.ID, APP_USER.COMPANY_ID, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LANGUAGE)
                .from(APP_USER).where(APP_USER.PASSKEY_USER_HANDLE.eq(userHandle.toBase64UrlString()))
                .fetchOne(Records.mapping((id, companyId, email, firstName, language) ->
                        new Owner(id, companyId, email, firstName, Language.of(language))));
    }

    /** A passkey's owner as the audit log and the mail need them. */
    record Owner(long id, @Nullable Long companyId, String email, String firstName, Language language) {
    }
}
