package org.extranet.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table every benchmark writes its figures into. It is printed, and written to
 * {@code target/benchmark-report.md}, when the test run ends ({@link BenchmarkTable}), with the
 * machine's cores and its load at the start and the end, so figures are read with their conditions.
 */
public final class BenchmarkReport {

    /** One line of the table: what was measured, the figure, the target, and what it was compared with. */
    public record Row(String area, String measure, String result, String target, String comparedWith) {}

    private static final List<Row> ROWS = new ArrayList<>();
    private static final double LOAD_AT_START = load();

    private BenchmarkReport() {}

    /** Adds a line and prints it at once too, so a long run shows its figures as it goes. */
    public static synchronized void record(String area, String measure, String result, String target, String comparedWith) {
        var row = new Row(area, measure, result, target, comparedWith);
        ROWS.add(row);
        System.out.printf(Locale.ROOT, "%n[benchmark] %s | %s | %s | %s | %s%n", area, measure, result, target, comparedWith);
    }

    public static void record(String area, String measure, String result, String target) {
        record(area, measure, result, target, "");
    }

    /** Milliseconds with two decimals below 10 and one above, as the table shows them. */
    public static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : "%.1f ms", ms);
    }

    static synchronized List<Row> rows() {
        return List.copyOf(ROWS);
    }

    static String table() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Benchmarks: %d cores, load average %.2f at the start, %.2f at the end, Java %s%n%n",
                Runtime.getRuntime().availableProcessors(), LOAD_AT_START, load(), Runtime.version()));
        out.append("| Area | Measure | Result | Target | Compared with |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row row : rows()) {
            out.append("| ").append(row.area()).append(" | ").append(row.measure()).append(" | ").append(row.result())
                    .append(" | ").append(row.target()).append(" | ").append(row.comparedWith()).append(" |\n");
        }
        return out.toString();
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, table());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
