package org.extranet.user;

import java.util.List;

/**
 * A bulk action's run: each user's outcome in the order they were taken, and how many were
 * planned; fewer outcomes than planned means the run was cancelled before the rest.
 */
public record BulkResult(BulkAction action, List<BulkOutcome> outcomes, int planned) {

    public long doneCount() {
        return outcomes.stream().filter(BulkOutcome::done).count();
    }

    public long refusedCount() {
        return outcomes.size() - doneCount();
    }

    public int notStarted() {
        return planned - outcomes.size();
    }
}
