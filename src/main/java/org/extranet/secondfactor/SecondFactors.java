package org.extranet.secondfactor;

import static org.extranet.db.Tables.AUTHENTICATOR_APP;
import static org.extranet.db.Tables.PASSKEY;
import static org.extranet.db.Tables.RECOVERY_CODE;
import static org.jooq.impl.DSL.min;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factors as rows: the authenticator app and its recovery codes (and, for the
 * second step of signing in and for removing a lost factor, their passkeys). The public methods
 * serve other features' actions (the edit window's "Remove second factor"), inside their
 * transaction and after their own checks.
 */
@Component
public class SecondFactors {

    static final int RECOVERY_CODES = 10;

    private final DSLContext db;
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

    SecondFactors(DSLContext db) {
        this.db = db;
    }

    /** Since when the user has a confirmed authenticator app, if they have one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OffsetDateTime> authenticatorSince(long userId) {
        return db.select(AUTHENTICATOR_APP.CONFIRMED_AT).from(AUTHENTICATOR_APP)
                .where(AUTHENTICATOR_APP.USER_ID.eq(userId).and(AUTHENTICATOR_APP.CONFIRMED_AT.isNotNull()))
                .fetchOptional(AUTHENTICATOR_APP.CONFIRMED_AT);
    }

    /** Whether the user has a passkey, which the second step of signing in then offers first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean hasPasskey(long userId) {
        return db.fetchExists(PASSKEY, PASSKEY.USER_ID.eq(userId));
    }

    /** Since when the user has a second factor (the app confirmed, or their first passkey), if they have one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OffsetDateTime> secondFactorSince(long userId) {
        var app = authenticatorSince(userId);
        var passkey = db.select(min(PASSKEY.CREATED_AT)).from(PASSKEY).where(PASSKEY.USER_ID.eq(userId))
                .fetchOptional(0, OffsetDateTime.class);
        return Stream.concat(app.stream(), passkey.stream()).min(OffsetDateTime::compareTo);
    }

    /**
     * Takes every second factor of a user who lost theirs: the authenticator app (set up or half set
     * up), its recovery codes and their passkeys. Says what there was, for the record; empty when
     * there was nothing to take.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> removeAll(long userId) {
        var removed = new ArrayList<String>();
        if (removeAuthenticator(userId)) {
            removed.add("authenticator app");
        }
        int passkeys = db.deleteFrom(PASSKEY).where(PASSKEY.USER_ID.eq(userId)).execute();
        if (passkeys > 0) {
            removed.add(passkeys == 1 ? "1 passkey" : passkeys + " passkeys");
        }
        return removed;
    }

    /** Takes the authenticator app (set up or half set up) and every recovery code; true when there was an app set up. */
    boolean removeAuthenticator(long userId) {
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(userId)).execute();
        return db.deleteFrom(AUTHENTICATOR_APP).where(AUTHENTICATOR_APP.USER_ID.eq(userId))
                .returning(AUTHENTICATOR_APP.CONFIRMED_AT)
                .fetch(AUTHENTICATOR_APP.CONFIRMED_AT).stream().anyMatch(confirmed -> confirmed != null);
    }

    /** New recovery codes, replacing any earlier ones; only their hashes are kept, so these are shown once. */
    List<String> issueRecoveryCodes(long userId) {
        db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(userId)).execute();
        List<String> codes = Arrays.asList(recoveryCodes.generateCodes(RECOVERY_CODES));
        var insert = db.insertInto(RECOVERY_CODE, RECOVERY_CODE.USER_ID, RECOVERY_CODE.CODE_HASH);
        for (String code : codes) {
            insert = insert.values(userId, CodeCheck.hash(CodeCheck.normalized(code)));
        }
        insert.execute();
        return List.copyOf(codes);
    }

    int recoveryCodesLeft(long userId) {
        return db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(userId).and(RECOVERY_CODE.USED_AT.isNull()));
    }
}
