package org.extranet.user;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.extranet.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The threads that work on many users at once run on (bulk actions, CSV imports), so that the page
 * that started one stays usable meanwhile. Two runs at a time on a node, so that a large one leaves
 * the node's other work its share; more wait their turn. Each run acts as the signed-in user who
 * started it, with their rights as the database has them at each user ({@link CurrentUser#carriedOver}).
 */
@Component
public class BulkRuns {

    private static final int AT_A_TIME = 2;

    private final ExecutorService threads = Executors.newFixedThreadPool(AT_A_TIME,
            Thread.ofPlatform().name("bulk-run-", 1).daemon(true).factory());

    /** Starts the work as the current user; to be called while handling that user's request. */
    public Future<?> start(Runnable work) {
        return threads.submit(CurrentUser.carriedOver(work));
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
