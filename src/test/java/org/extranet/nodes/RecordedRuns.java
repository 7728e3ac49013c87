package org.extranet.nodes;

import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every run of a scheduled task on any node of the test: which task, on which node, from when to when. */
final class RecordedRuns {

    record Run(String task, String node, Instant start, Instant end) {
    }

    private final Queue<Run> runs = new ConcurrentLinkedQueue<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** What a node adds to its scheduler to have its runs recorded here. */
    ExecutionInterceptor on(String node) {
        return (instance, context, chain) -> {
            String key = instance.getTaskName() + "@" + node;
            running.add(key);
            Instant start = Instant.now();
            try {
                return chain.proceed(instance, context);
            } finally {
                runs.add(new Run(instance.getTaskName(), node, start, Instant.now()));
                running.remove(key);
            }
        };
    }

    /** The task's runs that have ended, in the order they began. */
    List<Run> of(String task) {
        return runs.stream().filter(run -> run.task().equals(task)).sorted(Comparator.comparing(Run::start)).toList();
    }

    boolean isRunning(String task, String node) {
        return running.contains(task + "@" + node);
    }

    /** The shortest wait between the end of one run of the task and the start of the next, on whichever node. */
    static Duration shortestGap(List<Run> runs) {
        Duration shortest = Duration.ofDays(1);
        for (int i = 1; i < runs.size(); i++) {
            Duration gap = Duration.between(runs.get(i - 1).end(), runs.get(i).start());
            shortest = gap.compareTo(shortest) < 0 ? gap : shortest;
        }
        return shortest;
    }
}
