package org.extranet.security;

import static org.extranet.db.Tables.EXTERNAL_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record1;

/**
 * The permission codes a user holds, as one column of a query: in catalogue order wherever they
 * are read (the sign-in, the acting user, the account page, the admin panel).
 */
public final class HeldPermissions {

    private HeldPermissions() {
    }

    /** Convert the list once it is read: jOOQ 3.21 fails to read this field with a second {@code convertFrom} on it. */
    public static Field<List<String>> of(Field<Long> userId) {
        return multiset(select(USER_PERMISSION.PERMISSION_CODE)
                .from(USER_PERMISSION)
                .join(EXTERNAL_PERMISSION).on(EXTERNAL_PERMISSION.CODE.eq(USER_PERMISSION.PERMISSION_CODE))
                .where(USER_PERMISSION.USER_ID.eq(userId))
                .orderBy(EXTERNAL_PERMISSION.POSITION))
                .convertFrom(result -> result.map(Record1::value1));
    }
}
