package org.extranet.security;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the sign-in counts that no longer hold anything back (a block that has ended, a window
 * passed without one), once an hour on one of the nodes: every address ever typed at the sign-in
 * form leaves a row, and guessing would otherwise grow the table without end.
 */
@Component
class ThrottleCleanup extends RecurringTask<Void> {

    static final String NAME = "sign-in-count-cleanup";

    private static final Logger log = LoggerFactory.getLogger(ThrottleCleanup.class);

    private final ThrottleCounts counts;

    ThrottleCleanup(ThrottleCounts counts) {
        super(NAME, FixedDelay.of(Duration.ofHours(1)), Void.class);
        this.counts = counts;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        deleteOver();
    }

    /** Returns how many counts went. */
    int deleteOver() {
        int deleted = counts.deleteOver();
        if (deleted > 0) {
            log.info("Deleted {} sign-in counts that were over", deleted);
        }
        return deleted;
    }
}
