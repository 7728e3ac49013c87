package org.extranet.secondfactor;

import static org.extranet.db.Tables.APP_USER;

import org.extranet.base.Language;
import org.extranet.mail.SecondFactorMail;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;

/** The user whose second factor an action changes, as its mail and audit row name them. */
record Owner(long id, String email, String firstName, Language language, @Nullable Long companyId) {

    /**
     * Read and locked (FOR NO KEY UPDATE: changes to one user's factors wait for each other, while rows
     * that merely reference the user, such as audit events, can still be written).
     */
    static Owner lock(DSLContext db, long userId) {
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LANGUAGE.convertFrom(Language::of),
                        APP_USER.COMPANY_ID)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .forNoKeyUpdate()
                .fetchSingle(Records.mapping(Owner::new));
    }

    SecondFactorMail mail(SecondFactorMail.Change change) {
        return new SecondFactorMail(email, language, firstName, change);
    }
}
