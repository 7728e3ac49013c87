package org.extranet.password;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links that let a user set their password: the welcome link and the forgotten-password link.
 * A link carries 256 random bits; the database keeps only their SHA-256 hash, so a copy of the
 * database opens no account. A link mailed to the user is made only as its mail goes out
 * ({@link #reserve}, then {@link #activate}), so stored mail holds no usable link either. A link
 * works once, until it expires, and only while it is the newest one of its kind for its user.
 */
@Service
public class PasswordLinks {

    public static final String PATH = "set-password";

    private final DSLContext db;
    private final LinkTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Actors actors;
    private final AuditLog audit;
    private final String publicUrl;
    private final Clock clock;

    PasswordLinks(DSLContext db, LinkTokens tokens, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                  Actors actors, AuditLog audit, @Value("${extranet.public-url}") String publicUrl, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * A usable link at once, voiding any earlier unused link of the user's for the same purpose: for
     * whoever must hand it over now (staff helping a user without a mail server). Part of the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedLink issue(long userId, TokenPurpose purpose) {
        String token = tokens.newToken();
        var row = tokens.create(userId, purpose, LinkTokens.hash(token));
        return new IssuedLink(url(token), row.getExpiresAt());
    }

    /**
     * A link for a mail, voiding any earlier unused link of the user's for the same purpose. It has
     * no token yet: the sender makes one with {@link #activate} as the mail goes out. Its validity
     * counts from now. Part of the caller's transaction, so the link exists exactly when its mail does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PendingLink reserve(long userId, TokenPurpose purpose) {
        var row = tokens.create(userId, purpose, null);
        return new PendingLink(row.getId(), url(PendingLink.TOKEN_PLACEHOLDER), row.getExpiresAt());
    }

    /**
     * The token for a reserved link whose mail is going out now, replacing any token made for it
     * before (a mail sent again); empty when the link was voided, used or has expired meanwhile.
     * The token is returned, never stored: it goes into the mail and nowhere else.
     */
    @Transactional
    public Optional<String> activate(long tokenId) {
        return Optional.ofNullable(tokens.rotate(tokenId));
    }

    /**
     * Voids every unused link of the user, mailed or still waiting to be: their password or their
     * address changed. Returns the purposes of the links voided. Part of the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<TokenPurpose> voidUnused(long userId) {
        return tokens.voidUnused(userId);
    }

    private String url(String token) {
        return publicUrl + "/" + PATH + "?token=" + token;
    }

    /** What the link is good for, and whose account it opens if it is usable. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        var row = tokens.find(token, false);
        if (row == null) {
            return new LinkState.Unknown();
        }
        var unusable = tokens.unusable(row);
        if (unusable != null) {
            return unusable;
        }
        return db.select(APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LANGUAGE.convertFrom(Language::of)).from(APP_USER)
                .where(APP_USER.ID.eq(row.getUserId()))
                .fetchSingle(Records.mapping((email, firstName, language) ->
                        new LinkState.Valid(email, firstName, language, LinkTokens.purpose(row))));
    }

    /**
     * Sets the password through the link and uses the link up, in one transaction. The link's row
     * stays locked until the end, so two clicks at once cannot both use it. An invited user becomes
     * active; a locked one stays locked. The user's other sessions end.
     *
     * @throws LinkUnusable when the link is unknown, expired or used
     * @throws FieldRefusal when the policy refuses the password, at the field to blame
     */
    @Transactional
    public void setPassword(String token, String newPassword, String repeat) {
        var row = tokens.find(token, true);
        if (row == null) {
            throw new LinkUnusable(new LinkState.Unknown());
        }
        var unusable = tokens.unusable(row);
        if (unusable != null) {
            throw new LinkUnusable(unusable);
        }
        long userId = row.getUserId();
        var user = db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate().fetchSingle();
        policy.check(newPassword, repeat, user.getEmail());

        UserStatus before = user.getStatus();
        UserStatus after = before == UserStatus.INVITED ? UserStatus.ACTIVE : before;
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                .set(APP_USER.STATUS, after)
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                // Editors of the user notice the new status; a password alone changes nothing they see.
                .set(APP_USER.VERSION, before == after ? APP_USER.VERSION : APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        db.update(ONE_TIME_TOKEN).set(ONE_TIME_TOKEN.USED_AT, OffsetDateTime.now(clock))
                .where(ONE_TIME_TOKEN.ID.eq(row.getId()))
                .execute();
        // With the password chosen, no older link of either kind may change it again.
        tokens.voidUnused(userId);

        audit.record(actors.byId(userId), AuditAction.PASSWORD_SET, user.getCompanyId(),
                Subject.user(userId, user.getEmail()), Map.of("status", before),
                Map.of("status", after, "link", row.getPurpose()));
    }
}
