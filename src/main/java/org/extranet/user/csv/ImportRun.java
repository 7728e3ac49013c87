package org.extranet.user.csv;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.extranet.user.csv.ImportReport.Ending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * One import running in the background, row after row, while the page stays usable: it acts with
 * exactly the rights of the user who clicked "Import" (their signed-in session's security context,
 * which every row's service call checks against the database again), and tells the page how far it
 * is through {@link UI#access}. The product has no server push, so the page polls while it runs.
 */
final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final int POLL_MILLIS = 500;
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<ImportReport> done = new CompletableFuture<>();

    private ImportRun() {
    }

    /** Starts the import; call it in the page's request (the clicking user's). */
    static ImportRun start(UserCsvServices csv, long companyId, ImportFile file, ImportChoices choices,
                           IntConsumer progress, Consumer<ImportReport> finished) {
        UI ui = UI.getCurrent();
        var run = new ImportRun();
        ui.setPollInterval(POLL_MILLIS);
        csv.runs().start(() -> {
            ImportReport report = run.rows(csv, companyId, file, choices, count -> tell(ui, () -> progress.accept(count)));
            tell(ui, () -> {
                ui.setPollInterval(-1);
                finished.accept(report);
            });
            run.done.complete(report);
        });
        return run;
    }

    private ImportReport rows(UserCsvServices csv, long companyId, ImportFile file, ImportChoices choices,
                              IntConsumer progress) {
        Map<Integer, Integer> repeated = file.repeatedAddresses();
        List<RowResult> results = new ArrayList<>(file.rows().size());
        long told = System.nanoTime();
        Ending ending = Ending.FINISHED;
        try {
            for (ImportRow row : file.rows()) {
                if (stop.get()) {
                    ending = Ending.STOPPED;
                    break;
                }
                Integer earlier = repeated.get(row.row());
                results.add(earlier != null
                        ? RowResult.refused(row, Problem.of("user-import.problem.repeated", earlier))
                        : csv.importer().importRow(companyId, row, choices));
                if (System.nanoTime() - told > PROGRESS_EVERY_NANOS) {
                    told = System.nanoTime();
                    progress.accept(results.size());
                }
            }
        } catch (AccessDeniedException refused) {
            ending = Ending.NOT_ALLOWED;
        } catch (RuntimeException failed) {
            log.error("User import into company {} failed after {} rows", companyId, results.size(), failed);
            ending = Ending.FAILED;
        }
        return new ImportReport(results, file.rows().size(), ending);
    }

    /** The page may be gone (the user went elsewhere): the import goes on, unseen. */
    private static void tell(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            log.debug("Import progress not shown: the page was closed");
        }
    }

    /** Stops after the row in hand; the rows done so far stay done. */
    void stop() {
        stop.set(true);
    }

    /** For tests: the report, once the last row is done. */
    CompletableFuture<ImportReport> done() {
        return done;
    }
}
