package org.extranet.mail;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.jooq.impl.DSL;

/**
 * Sends the outbox every poll interval ({@code extranet.mail.poll-interval}) on one node at a time.
 * The sender's own claims keep each mail to one sender even should two runs ever overlap (a node
 * taken for dead while it still sends), and a node being stopped ends its run after the mail it is
 * sending, so the next run, on another node, goes on at once.
 */
class OutboxTask extends RecurringTask<Void> {

    static final String NAME = "mail-outbox";

    private final OutboxSender sender;
    private final Duration interval;

    OutboxTask(OutboxSender sender, MailProperties properties) {
        super(NAME, FixedDelay.of(properties.pollInterval()), Void.class);
        this.sender = sender;
        this.interval = properties.pollInterval();
    }

    /** The wait between the end of one run and the start of the next. */
    Duration interval() {
        return interval;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        sender.sendDue(DSL.noCondition(), () -> context.getSchedulerState().isShuttingDown());
    }
}
