package org.extranet.oidc;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;

import java.util.Optional;
import org.extranet.base.UserStatus;
import org.extranet.security.HeldPermissions;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the claims of a user as the database holds them now: a locked or deleted user has none
 * (no token is issued or refreshed for them), and permissions taken away are gone at once.
 */
@Component
class ProviderClaims {

    private final DSLContext db;

    ProviderClaims(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    Optional<UserClaims> ofActiveUser(String subject) {
        long userId;
        try {
            userId = Long.parseLong(subject);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.LANGUAGE,
                        COMPANY.ID, COMPANY.CUSTOMER_NUMBER, COMPANY.NAME, HeldPermissions.OF_APP_USER)
                .from(APP_USER).leftJoin(COMPANY).on(COMPANY.ID.eq(APP_USER.COMPANY_ID))
                .where(APP_USER.ID.eq(userId).and(APP_USER.STATUS.eq(UserStatus.ACTIVE)))
                .fetchOptional(Records.mapping(UserClaims::new));
    }
}
