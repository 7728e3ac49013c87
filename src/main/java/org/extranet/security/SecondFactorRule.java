package org.extranet.security;

import static org.extranet.db.Tables.AUTHENTICATOR_APP;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.PASSKEY;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;

import org.jooq.Field;

/**
 * Who is asked for a second factor after the password, as columns of a query, so that the sign-in
 * and the pages that explain it read the same rule: staff always need one, a company's users when
 * the company requires it, and anyone who has set one up (an authenticator app or a passkey) is
 * asked for it.
 */
public final class SecondFactorRule {

    private SecondFactorRule() {
    }

    /** Whether the user must have a second factor. */
    public static Field<Boolean> required(Field<String> kind, Field<Long> companyId) {
        return field(kind.eq(SignedInUser.STAFF_ROLE).or(exists(selectOne().from(COMPANY)
                .where(COMPANY.ID.eq(companyId).and(COMPANY.SECOND_FACTOR_REQUIRED.isTrue())))));
    }

    /** Whether the user has a second factor set up: a confirmed authenticator app, or a passkey. */
    public static Field<Boolean> enrolled(Field<Long> userId) {
        return field(exists(selectOne().from(AUTHENTICATOR_APP)
                .where(AUTHENTICATOR_APP.USER_ID.eq(userId).and(AUTHENTICATOR_APP.CONFIRMED_AT.isNotNull())))
                .or(exists(selectOne().from(PASSKEY).where(PASSKEY.USER_ID.eq(userId)))));
    }

    /** Whether signing in asks for a second factor: the user has one, or must have one (then they set it up first). */
    static Field<Boolean> asked(Field<Long> userId, Field<String> kind, Field<Long> companyId) {
        return field(condition(enrolled(userId)).or(condition(required(kind, companyId))));
    }
}
