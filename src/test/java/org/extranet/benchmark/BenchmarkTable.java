package org.extranet.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Prints the benchmarks' one table when a test run that recorded figures ends. */
public class BenchmarkTable implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (BenchmarkReport.rows().isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println(BenchmarkReport.table());
        try {
            BenchmarkReport.write(Path.of("target", "benchmark-report.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
