package org.extranet.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler per node over the shared {@code scheduled_tasks} table, running the recurring
 * tasks the features declare as beans. A node takes a due run by a conditional update of its row, so
 * each period's run happens on one node only; the next run is planned when it ends, on whichever
 * node. (db-scheduler's Spring Boot starter is made for Boot 3: under Boot 4 it creates no scheduler.)
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulerConfiguration.class);

    @Bean
    Scheduler scheduler(DataSource dataSource, SchedulerSettings settings, ObjectProvider<Task<?>> tasks,
                        ObjectProvider<ExecutionInterceptor> interceptors) {
        List<RecurringTask<?>> recurring = tasks.orderedStream()
                .filter(RecurringTask.class::isInstance).<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        List<Task<?>> others = tasks.orderedStream().filter(task -> !(task instanceof RecurringTask)).toList();
        var builder = Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .schedulerName(new SchedulerName.Fixed(nodeName(settings)))
                .threads(Math.max(2, recurring.size() + others.size()))
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .failureLogging(LogLevel.WARN, true);
        interceptors.orderedStream().forEach(builder::addExecutionInterceptor);
        return builder.build();
    }

    /** Starts the scheduler once everything else has started, and stops it before anything else stops. */
    @Bean
    SmartLifecycle scheduledWork(Scheduler scheduler, SchedulerSettings settings) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (settings.enabled()) {
                    scheduler.start();
                    running = true;
                } else {
                    log.info("Scheduled work is off on this node (extranet.scheduler.enabled=false)");
                }
            }

            @Override
            public void stop() {
                if (running) {
                    scheduler.stop();
                    running = false;
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    private static String nodeName(SchedulerSettings settings) {
        String configured = settings.nodeName();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return new SchedulerName.Hostname().getName() + "-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }
}
