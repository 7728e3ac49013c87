package org.extranet.secondfactor;

import static org.extranet.db.Tables.AUTHENTICATOR_APP;
import static org.extranet.db.Tables.RECOVERY_CODE;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factors as rows: the authenticator app and its recovery codes. The public methods
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

    /** Takes the authenticator app (set up or half set up) and every recovery code; true when there was an app set up. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean removeAll(long userId) {
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
