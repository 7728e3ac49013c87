package org.extranet.security;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;

/**
 * The permission codes a user holds, as one column of a query: in catalogue order wherever they
 * are read (the sign-in, the acting user, the account page, the admin panel).
 */
public final class HeldPermissions {

    private HeldPermissions() {
    }

    /**
     * The codes of the {@code app_user} row the query reads. A PostgreSQL array rather than a jOOQ
     * multiset: the driver reads an array of codes as it is, where a multiset is built as JSON and
     * parsed again on every row (the acting user's lookup on every service call among them). Built
     * once, as building it (an array type, a converter) cost more than rendering it. An ArrayList, as
     * the multiset gave: a signed-in user's permissions are stored with their authorization, whose
     * JSON takes only the types it knows.
     */
    public static final Field<List<String>> OF_APP_USER = array(select(USER_PERMISSION.PERMISSION_CODE)
            .from(USER_PERMISSION)
            .join(EXTERNAL_PERMISSION).on(EXTERNAL_PERMISSION.CODE.eq(USER_PERMISSION.PERMISSION_CODE))
            .where(USER_PERMISSION.USER_ID.eq(APP_USER.ID))
            .orderBy(EXTERNAL_PERMISSION.POSITION))
            .convertFrom(codes -> codes == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(codes)));
}
