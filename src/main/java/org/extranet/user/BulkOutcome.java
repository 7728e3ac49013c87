package org.extranet.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one user in a bulk action: done, or refused with the translation key of the
 * reason and its arguments, as the single-user action would have told it.
 */
public record BulkOutcome(BulkTarget user, @Nullable String reasonKey, List<Object> reasonArguments) {

    static BulkOutcome done(BulkTarget user) {
        return new BulkOutcome(user, null, List.of());
    }

    static BulkOutcome refused(BulkTarget user, String reasonKey, Object... arguments) {
        return new BulkOutcome(user, reasonKey, List.of(arguments));
    }

    public boolean done() {
        return reasonKey == null;
    }
}
