package org.extranet.user;

import java.util.List;
import org.extranet.base.UserStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the admin panel asks for: one company's users, optionally narrowed by a search text (name
 * or e-mail, contained anywhere) and a status, sorted, one page at a time.
 */
public record UserListQuery(long companyId, @Nullable String search, @Nullable UserStatus status,
                            List<Sort> sort, int offset, int limit) {

    public enum SortKey { NAME, EMAIL, STATUS, LAST_SIGN_IN }

    public record Sort(SortKey key, boolean descending) {
    }
}
