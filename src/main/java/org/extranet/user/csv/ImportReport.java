package org.extranet.user.csv;

import java.util.List;
import org.extranet.user.csv.RowResult.Outcome;

/**
 * What an import did, row by row. {@code stopped}: the user stopped it, or it stopped because the
 * user may no longer import (or something failed), before {@code total} rows were done.
 */
record ImportReport(List<RowResult> results, int total, Ending ending) {

    enum Ending { FINISHED, STOPPED, NOT_ALLOWED, FAILED }

    ImportReport {
        results = List.copyOf(results);
    }

    long count(Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
