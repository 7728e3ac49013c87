package org.extranet.user.csv;

import org.jspecify.annotations.Nullable;

/** What the preview found for one row; a refused row has its problem. */
public record RowCheck(int row, String email, Verdict verdict, @Nullable Problem problem) {

    public enum Verdict {
        /** Not in the company yet: it will be created. */
        NEW,
        /** In the company with other data: updated or skipped, as the user chooses. */
        CHANGED,
        /** In the company with exactly this data: nothing to do. */
        UNCHANGED,
        REFUSED
    }
}
