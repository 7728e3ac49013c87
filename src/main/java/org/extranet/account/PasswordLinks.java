package org.extranet.account;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.db.tables.records.OneTimeTokenRecord;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links that let a user set their password: the welcome link and the forgotten-password link.
 * A link carries 256 random bits; the database keeps only their SHA-256 hash, so a copy of the
 * database opens no account. A link works once, until it expires, and only while it is the newest
 * one of its kind for its user.
 */
@Service
public class PasswordLinks {

    public static final String PATH = "set-password";
    private static final int TOKEN_BYTES = 32;
    /** Base64url of 32 bytes is 43 characters; anything much longer is not ours and not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Actors actors;
    private final AuditLog audit;
    private final LinkSettings settings;
    private final String publicUrl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordLinks(DSLContext db, PasswordEncoder passwordEncoder, PasswordPolicy policy, Actors actors,
                  AuditLog audit, LinkSettings settings, @Value("${extranet.public-url}") String publicUrl,
                  Clock clock) {
        this.db = db;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.actors = actors;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * A new link for the user, voiding any earlier unused link of theirs for the same purpose. Part
     * of the caller's transaction, so the link exists exactly when the mail that carries it does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedLink issue(long userId, TokenPurpose purpose) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = OffsetDateTime.now(clock);
        var expiresAt = now.plus(settings.validity(purpose));

        // Two links issued at once (a double click on "Resend invitation") must not both stay valid.
        db.selectOne().from(APP_USER).where(APP_USER.ID.eq(userId)).forNoKeyUpdate().fetchSingle();
        db.deleteFrom(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId))
                .and(ONE_TIME_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ONE_TIME_TOKEN.USED_AT.isNull())
                .execute();
        db.insertInto(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.USER_ID, userId)
                .set(ONE_TIME_TOKEN.PURPOSE, purpose.name())
                .set(ONE_TIME_TOKEN.TOKEN_HASH, hash(token))
                .set(ONE_TIME_TOKEN.CREATED_AT, now)
                .set(ONE_TIME_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
        return new IssuedLink(publicUrl + "/" + PATH + "?token=" + token, expiresAt);
    }

    /** What the link is good for, and whose account it opens if it is usable. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        var row = find(token, false);
        if (row == null) {
            return new LinkState.Unknown();
        }
        var unusable = unusable(row);
        if (unusable != null) {
            return unusable;
        }
        var user = db.select(APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LANGUAGE).from(APP_USER)
                .where(APP_USER.ID.eq(row.getUserId())).fetchSingle();
        return new LinkState.Valid(user.value1(), user.value2(), Language.of(user.value3()), purpose(row));
    }

    /**
     * Sets the password through the link and uses the link up, in one transaction. The link's row
     * stays locked until the end, so two clicks at once cannot both use it. An invited user becomes
     * active; a locked one stays locked. The user's other sessions end.
     *
     * @throws LinkUnusable when the link is unknown, expired or used
     * @throws PasswordRefused when the policy refuses the password, at the field to blame
     */
    @Transactional
    public void setPassword(String token, String newPassword, String repeat) {
        var row = find(token, true);
        if (row == null) {
            throw new LinkUnusable(new LinkState.Unknown());
        }
        var unusable = unusable(row);
        if (unusable != null) {
            throw new LinkUnusable(unusable);
        }
        long userId = row.getUserId();
        var user = db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate().fetchSingle();
        policy.check(newPassword, repeat, user.getEmail());

        String before = user.getStatus();
        String after = "INVITED".equals(before) ? "ACTIVE" : before;
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                .set(APP_USER.STATUS, after)
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                // Editors of the user notice the new status; a password alone changes nothing they see.
                .set(APP_USER.VERSION, before.equals(after) ? APP_USER.VERSION : APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        db.update(ONE_TIME_TOKEN).set(ONE_TIME_TOKEN.USED_AT, OffsetDateTime.now(clock))
                .where(ONE_TIME_TOKEN.ID.eq(row.getId()))
                .execute();
        // With the password chosen, no older link of either kind may change it again.
        db.deleteFrom(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId))
                .and(ONE_TIME_TOKEN.USED_AT.isNull())
                .execute();

        audit.record(actors.byId(userId), AuditAction.PASSWORD_SET, user.getCompanyId(),
                Subject.user(userId, user.getEmail()), Map.of("status", before),
                Map.of("status", after, "link", row.getPurpose()));
    }

    private @Nullable OneTimeTokenRecord find(String token, boolean lock) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        var query = db.selectFrom(ONE_TIME_TOKEN).where(ONE_TIME_TOKEN.TOKEN_HASH.eq(hash(token)));
        return lock ? query.forUpdate().fetchOne() : query.fetchOne();
    }

    /** Why a link on record cannot be used, or null when it can. */
    private @Nullable LinkState unusable(OneTimeTokenRecord row) {
        if (row.getUsedAt() != null) {
            return new LinkState.Used(purpose(row));
        } else if (!row.getExpiresAt().isAfter(OffsetDateTime.now(clock))) {
            return new LinkState.Expired(purpose(row));
        }
        return null;
    }

    private static TokenPurpose purpose(OneTimeTokenRecord row) {
        return TokenPurpose.valueOf(row.getPurpose());
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
