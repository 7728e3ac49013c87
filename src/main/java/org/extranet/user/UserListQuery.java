package org.extranet.user;

import org.extranet.base.PageRequest;
import org.extranet.base.UserStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the admin panel asks for: one company's users, optionally narrowed by a search text (name
 * or e-mail, contained anywhere) and a status, sorted, one page at a time.
 */
public record UserListQuery(long companyId, @Nullable String search, @Nullable UserStatus status,
                            PageRequest<SortKey> page) {

    public enum SortKey { NAME, EMAIL, STATUS, LAST_SIGN_IN }
}
