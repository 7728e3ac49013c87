package org.extranet.passkey;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One of the user's passkeys as Account information lists it; never used yet when {@code lastUsedAt} is null. */
public record Passkey(long id, String name, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt) {
}
