package org.extranet.address;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One request for a new delivery address, as its company sees it. */
public record AddressRequestRow(long id, OffsetDateTime requestedAt, PostalAddress address, String requester,
                                AddressRequestStatus status, @Nullable String decisionReason) {
}
