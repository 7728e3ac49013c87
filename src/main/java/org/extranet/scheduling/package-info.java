/**
 * Scheduled work that runs once across nodes: db-scheduler over the {@code scheduled_tasks} table.
 * Features declare their recurring work as beans of db-scheduler's {@code RecurringTask}; this
 * package starts one scheduler per node that runs them, each period's run on exactly one node.
 */
@NullMarked
package org.extranet.scheduling;

import org.jspecify.annotations.NullMarked;
