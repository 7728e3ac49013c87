package org.extranet.password;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.extranet.db.tables.records.OneTimeTokenRecord;
import org.extranet.security.SignedInUser;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rows behind set-password links. A token is 256 random bits; only its SHA-256 hash is stored,
 * and a row reserved for a mail not yet sent has no hash at all. Only {@link PasswordLinks} calls
 * this, inside its transactions.
 */
@Component
class LinkTokens {

    private static final int TOKEN_BYTES = 32;
    /** Base64url of 32 bytes is 43 characters; anything much longer is not ours and not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final DSLContext db;
    private final LinkSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LinkTokens(DSLContext db, LinkSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    String newToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** A new row for the user, voiding their earlier unused link of the same purpose. */
    OneTimeTokenRecord create(long userId, TokenPurpose purpose, byte @Nullable [] tokenHash) {
        var now = OffsetDateTime.now(clock);
        // Two links issued at once (a double click on "Resend invitation") must not both stay valid.
        db.selectOne().from(APP_USER).where(APP_USER.ID.eq(userId)).forNoKeyUpdate().fetchSingle();
        db.deleteFrom(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId))
                .and(ONE_TIME_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ONE_TIME_TOKEN.USED_AT.isNull())
                .execute();
        return db.insertInto(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.USER_ID, userId)
                .set(ONE_TIME_TOKEN.PURPOSE, purpose.name())
                .set(ONE_TIME_TOKEN.TOKEN_HASH, tokenHash)
                .set(ONE_TIME_TOKEN.CREATED_AT, now)
                .set(ONE_TIME_TOKEN.EXPIRES_AT, now.plus(settings.validity(purpose)))
                .returning()
                .fetchSingle();
    }

    /** Gives the row a new token, replacing any earlier one; null when the row is gone, used or expired. */
    @Nullable String rotate(long tokenId) {
        var row = db.selectFrom(ONE_TIME_TOKEN).where(ONE_TIME_TOKEN.ID.eq(tokenId)).forUpdate().fetchOne();
        if (row == null || unusable(row) != null) {
            return null;
        }
        String token = newToken();
        db.update(ONE_TIME_TOKEN).set(ONE_TIME_TOKEN.TOKEN_HASH, hash(token))
                .where(ONE_TIME_TOKEN.ID.eq(tokenId))
                .execute();
        return token;
    }

    /** Deletes the user's unused links, sent or not; the purposes they had. */
    Set<TokenPurpose> voidUnused(long userId) {
        var voided = EnumSet.noneOf(TokenPurpose.class);
        db.deleteFrom(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId))
                .and(ONE_TIME_TOKEN.USED_AT.isNull())
                .returning(ONE_TIME_TOKEN.PURPOSE)
                .fetch(ONE_TIME_TOKEN.PURPOSE)
                .forEach(purpose -> voided.add(TokenPurpose.valueOf(purpose)));
        return voided;
    }

    @Nullable OneTimeTokenRecord find(String token, boolean lock) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        var query = db.selectFrom(ONE_TIME_TOKEN).where(ONE_TIME_TOKEN.TOKEN_HASH.eq(hash(token)));
        return lock ? query.forUpdate().fetchOne() : query.fetchOne();
    }

    /** Why a link on record cannot be used, or null when it can. */
    @Nullable LinkState unusable(OneTimeTokenRecord row) {
        if (row.getUsedAt() != null) {
            return new LinkState.Used(purpose(row));
        } else if (!row.getExpiresAt().isAfter(OffsetDateTime.now(clock))) {
            boolean staff = db.fetchExists(APP_USER, APP_USER.ID.eq(row.getUserId()).and(APP_USER.KIND.eq(SignedInUser.STAFF_ROLE)));
            return new LinkState.Expired(purpose(row), staff);
        }
        return null;
    }

    static TokenPurpose purpose(OneTimeTokenRecord row) {
        return TokenPurpose.valueOf(row.getPurpose());
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
