package org.extranet.user.csv;

import org.jspecify.annotations.Nullable;

/** What the import did with one row; a refused row has its problem. */
public record RowResult(int row, String email, Outcome outcome, @Nullable Problem problem) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED, REFUSED }

    static RowResult refused(ImportRow row, Problem problem) {
        return new RowResult(row.row(), row.email(), Outcome.REFUSED, problem);
    }

    static RowResult of(ImportRow row, Outcome outcome) {
        return new RowResult(row.row(), row.email(), outcome, null);
    }
}
