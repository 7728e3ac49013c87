package org.extranet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.extranet.benchmark.BenchmarkReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Cold start of the production jar on an existing database, as an operator starts it: from the launch of
 * {@code java} to the sign-in view shown (its page answers 200, Vaadin's UI starts and the view's texts
 * arrive), several times, each a new process. It times the command README.md gives ("A faster start":
 * the extracted jar with its AOT cache, made by {@code deploy/aot-cache.sh}) beside a plain
 * {@code java -jar}. It needs the production jar: {@code ./mvnw -B package -DskipTests} first. Run on demand:
 * {@code ./mvnw -B test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ColdStartBenchmark}
 * ({@code -Dcoldstart.runs=5} for more runs; the median counts).
 */
@Tag("benchmark")
@Isolated
class ColdStartBenchmark {

    private static final int RUNS = Integer.getInteger("coldstart.runs", 3);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Path WORK = Path.of("target", "coldstart");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void production_jar_to_the_sign_in_page() throws Exception {
        Path jar = productionJar();
        Files.createDirectories(WORK);
        try (var postgres = EmbeddedPostgres.builder().start()) {
            int port = freePort();
            var environment = environment(postgres.getJdbcUrl("postgres", "postgres"), port);
            // The documented preparation; its training run also migrates the new database, so every timed start finds it existing.
            prepare(jar, environment);

            var plain = new ArrayList<Double>();
            var cached = new ArrayList<Double>();
            for (int run = 1; run <= RUNS; run++) {
                plain.add(start("plain-" + run, List.of(JAVA, "-jar", jar.toString()), environment, port));
                cached.add(start("aot-cache-" + run, List.of(JAVA, "-XX:AOTCache=" + WORK.resolve("aot/extranet.aot"),
                        "-jar", WORK.resolve("aot/extranet.jar").toString()), environment, port));
            }

            System.out.printf(Locale.ROOT, "%nCold start to the sign-in view, median of %d: java -jar %.1f s, with the AOT cache %.1f s%n",
                    RUNS, median(plain), median(cached));
            BenchmarkReport.record("Start-up", "cold start of the production jar to the first page (existing database), "
                            + "README's command (extracted jar with its AOT cache)", seconds(median(cached)), "≤ 6 s",
                    "plain java -jar " + seconds(median(plain)) + " here; issue 13: 12.6 s to start, 14.9 s to the first page");
            assertThat(cached).hasSize(RUNS).allMatch(time -> time > 0);
        }
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            var jar = files.filter(file -> file.getFileName().toString().matches("extranet-.*\\.jar")).findFirst();
            Assumptions.assumeTrue(jar.isPresent(),
                    "No production jar in target/: build it first with ./mvnw -B package -DskipTests");
            return jar.orElseThrow();
        }
    }

    private static Map<String, String> environment(String jdbcUrl, int port) {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "",
                "EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY", "cold-start-benchmark-key",
                "EXTRANET_OPENID_ENCRYPTION_KEY", "cold-start-benchmark-key",
                "PORT", Integer.toString(port));
    }

    private static void prepare(Path jar, Map<String, String> environment) throws Exception {
        var script = new ProcessBuilder("bash", "deploy/aot-cache.sh", jar.toString(), WORK.resolve("aot").toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("prepare.log").toFile());
        script.environment().putAll(environment);
        var process = script.start();
        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("deploy/aot-cache.sh ends in time").isTrue();
        assertThat(process.exitValue()).as("deploy/aot-cache.sh, see " + WORK.resolve("prepare.log")).isZero();
    }

    /** Seconds from the launch to the sign-in view; the node is then stopped as an operator stops it. */
    private static double start(String name, List<String> command, Map<String, String> environment, int port)
            throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path log = WORK.resolve(name + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var page = new FirstPage(port);
        long launched = System.nanoTime();
        var process = builder.start();
        try {
            while (true) {
                var view = page.load();
                if (view.isPresent()) {
                    double seconds = (System.nanoTime() - launched) / 1e9;
                    assertThat(view.get()).as("the sign-in view").contains("Sign in – Extranet", "Forgot password?");
                    var cpu = process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L) / 1000.0;
                    System.out.printf(Locale.ROOT, "%-12s %5.2f s to the sign-in view, %5.1f s of CPU, load %.2f%n",
                            name, seconds, cpu, load);
                    return seconds;
                }
                assertThat(process.isAlive()).as("the node runs; see " + log).isTrue();
                assertThat(System.nanoTime() - launched).as("the node answers in time; see " + log)
                        .isLessThan(PATIENCE.toNanos());
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }
}
