package org.extranet.user;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.util.List;
import java.util.function.Consumer;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A bulk action while it runs: a progress bar, "1,234 of 5,000 done" and Cancel. The run goes on
 * another thread ({@link BulkRuns}); the page stays usable and hears of its progress by polling,
 * whose requests pass the session check like every other, so a session that ends meanwhile ends
 * the polling too. Leaving the page or Cancel stops the run before the next user.
 */
final class BulkRunPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(BulkRunPanel.class);
    private static final int POLL_MILLISECONDS = 500;
    /** At most this many updates of the progress per run, however many users it takes. */
    private static final int UPDATES = 100;

    private final BulkUserActions actions;
    private final BulkRuns runs;
    private final ProgressBar bar = new ProgressBar();
    private final Span count = new Span();
    private final Span status = new Span();
    private final Button cancel = new Button();
    private final Runnable runningChanged;
    private volatile boolean cancelled;
    private volatile boolean left;
    private boolean running;
    private int pollIntervalBefore = -1;

    /** @param runningChanged told when a run starts and when it ends, however it ends */
    BulkRunPanel(BulkUserActions actions, BulkRuns runs, Runnable runningChanged) {
        this.actions = actions;
        this.runs = runs;
        this.runningChanged = runningChanged;
        addClassName("bulk-run");
        bar.setId("bulk-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("bulk.progress.label"));
        count.addClassName("bulk-run-count");
        status.getElement().setAttribute("role", "status");
        status.addClassName("bulk-run-status");
        cancel.setText(getTranslation("bulk.progress.cancel"));
        cancel.addClickListener(click -> {
            cancelled = true;
            cancel.setEnabled(false);
        });
        add(status, bar, count, cancel);
        setVisible(false);
        addDetachListener(detach -> {
            left = true;
            stopPolling(detach.getUI());
        });
    }

    boolean running() {
        return running;
    }

    /** Runs the action for these users on another thread; {@code finished} gets the result on this page. */
    void start(long companyId, BulkAction action, @Nullable String permission, List<BulkTarget> users,
               Consumer<BulkResult> finished) {
        UI ui = UI.getCurrent();
        running = true;
        cancelled = false;
        left = false;
        cancel.setEnabled(true);
        bar.setMax(Math.max(1, users.size()));
        bar.setValue(0);
        show(0, users.size());
        status.setText(getTranslation("bulk.progress.started"));
        setVisible(true);
        cancel.focus();
        pollIntervalBefore = ui.getPollInterval();
        ui.setPollInterval(POLL_MILLISECONDS);
        runningChanged.run();
        int step = Math.max(1, users.size() / UPDATES);
        var progress = new BulkProgress() {
            @Override
            public boolean cancelled() {
                return cancelled || left;
            }

            @Override
            public void taken(BulkOutcome outcome, int taken, int planned) {
                if (taken % step == 0 || taken == planned) {
                    access(ui, () -> show(taken, planned));
                }
            }
        };
        runs.start(() -> {
            try {
                BulkResult result = actions.run(companyId, action, permission, users, progress);
                access(ui, () -> {
                    end(ui);
                    if (isAttached()) {
                        runningChanged.run();
                        finished.accept(result);
                    }
                });
            } catch (RuntimeException failed) {
                access(ui, () -> {
                    end(ui);
                    if (isAttached()) {
                        runningChanged.run();
                        refused(failed);
                    }
                });
            }
        });
    }

    private void show(int taken, int planned) {
        bar.setValue(taken);
        count.setText(getTranslation("bulk.progress.count", taken, planned));
    }

    private void end(UI ui) {
        running = false;
        setVisible(false);
        status.setText("");
        stopPolling(ui);
    }

    private void stopPolling(UI ui) {
        if (ui.getPollInterval() == POLL_MILLISECONDS) {
            ui.setPollInterval(pollIntervalBefore);
        }
    }

    /** The whole run refused before its first user (the acting user lost the right), or broken. */
    private void refused(RuntimeException failed) {
        if (failed instanceof Refusal refusal) {
            Notices.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
        } else if (failed instanceof AccessDeniedException) {
            Notices.refused(getTranslation("refusal.not-allowed"));
        } else {
            LOG.error("A bulk action failed", failed);
            Notices.refused(getTranslation("bulk.failed"));
        }
    }

    /** Changes the page from the run's thread; a page that is gone by now is left alone. */
    private void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            left = true;
        }
    }
}
