package org.extranet;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the product logs while a test runs, on the test's own thread only (background work such
 * as the outbox sender logs on its own threads). Use in try-with-resources.
 */
public final class LogLines implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final String thread = Thread.currentThread().getName();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (thread.equals(event.getThreadName())) {
                super.append(event);
            }
        }
    };

    private LogLines() {
        appender.start();
        root.addAppender(appender);
    }

    public static LogLines capture() {
        return new LogLines();
    }

    /** Warnings and errors, each as "LEVEL message". */
    public List<String> warningsAndErrors() {
        return events().stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
    }

    /** Lines that came with an exception, so with a stack trace in the log. */
    public List<String> withStackTrace() {
        return events().stream().filter(event -> event.getThrowableProxy() != null)
                .map(event -> event.getLevel() + " " + event.getFormattedMessage() + ": "
                        + event.getThrowableProxy().getClassName()).toList();
    }

    private List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
