package org.extranet.address;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A request for a new delivery address waiting in the department's inbox. */
public record OpenAddressRequest(long id, OffsetDateTime requestedAt, long companyId, String companyName,
                                 String requester, PostalAddress address, @Nullable String note) {
}
