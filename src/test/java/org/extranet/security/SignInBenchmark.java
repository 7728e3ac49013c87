package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.extranet.Fixtures;
import org.extranet.benchmark.BenchmarkReport;
import org.extranet.benchmark.CpuUse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-ins per second over HTTP, as a browser does them: the sign-in page (a new session
 * and its CSRF token), then the form posted; only sign-ins that end on the start page count.
 * Several clients at once, many users (a success clears the account's count), and the per-address
 * limit raised, since every client comes from loopback. The CPU time is split: the application
 * and its database on one side; the benchmark's own clients, and the JVM's collector and compilers
 * (still at work after a minute of warm-up), on the other. Beside it, one Argon2id comparison
 * alone, with the product's encoder and with Spring's Java one. Run on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SignInBenchmark}.
 */
@Tag("benchmark")
@Isolated
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "extranet.sign-in.failures-per-address=1000000"})
class SignInBenchmark {

    private static final int USERS = 300;
    private static final int CLIENTS = 6;
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration MEASURED = Duration.ofSeconds(30);
    private static final Duration HASHING = Duration.ofSeconds(6);
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final String AREA = "Sign-in";
    private static final String CLIENT_THREAD = "signin-client-";
    private static final int PAGES = 200;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void password_sign_ins_per_second() throws Exception {
        double product = hashesPerSecond(passwordEncoder, passwordEncoder.encode(Fixtures.PASSWORD));
        var java = new Argon2PasswordEncoder(PasswordConfiguration.SALT_LENGTH, PasswordConfiguration.HASH_LENGTH,
                PasswordConfiguration.PARALLELISM, PasswordConfiguration.MEMORY_KIB, PasswordConfiguration.ITERATIONS);
        double bouncyCastle = hashesPerSecond(java, java.encode(Fixtures.PASSWORD));
        BenchmarkReport.record(AREA, "one argon2id check alone, per CPU second (m=19 MiB, t=2, p=1)",
                String.format(Locale.ROOT, "%.1f (%s of CPU each; load %.2f)", product, BenchmarkReport.millis(1000 / product), load()),
                "", String.format(Locale.ROOT, "Spring's Argon2PasswordEncoder (Bouncy Castle): %.1f (%s)",
                        bouncyCastle, BenchmarkReport.millis(1000 / bouncyCastle)));

        long company = fixtures.company();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(fixtures.user(company));
        }
        var signedIn = new AtomicLong();
        var refused = new AtomicLong();
        var stop = new AtomicBoolean();
        var clientNumber = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS,
                task -> new Thread(task, CLIENT_THREAD + clientNumber.incrementAndGet()));
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                for (int i = client; !stop.get(); i += CLIENTS) {
                    if (signIn(http, users.get(i % USERS))) {
                        signedIn.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(WARM_UP);
        long signedInBefore = signedIn.get();
        var cpuBefore = CpuUse.now(SignInBenchmark::client);
        long start = System.nanoTime();
        Thread.sleep(MEASURED);
        long count = signedIn.get() - signedInBefore;
        double seconds = (System.nanoTime() - start) / 1e9;
        var cpu = CpuUse.now(SignInBenchmark::client).since(cpuBefore);
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        double perSecond = count / seconds;
        long each = Math.max(1, count);
        double server = cpu.serverNanos() / 1e6 / each;
        double database = cpu.databaseNanos() / 1e6 / each;
        System.out.printf(Locale.ROOT, "%d sign-ins in %.1f s by %d clients (%d refused in all): %.1f per second, "
                + "%.1f ms of the process's CPU each and %.1f ms of the database's%n", count, seconds, CLIENTS, refused.get(),
                perSecond, cpu.totalNanos() / 1e6 / each, database);
        var page = pageCpu();
        BenchmarkReport.record(AREA, "password sign-ins over HTTP per second per core (argon2id m=19 MiB, t=2)",
                String.format(Locale.ROOT, "%.1f seen (%.1f in total on %d cores, %d clients; load %.2f)",
                        perSecond / CORES, perSecond, CORES, CLIENTS, load()),
                "≥ 25", "7.5–8.5 with Bouncy Castle (issue 13)");
        BenchmarkReport.record(AREA, "CPU time per password sign-in: the application and its database; beside them the "
                        + "benchmark's clients and the JVM's collector and compilers",
                String.format(Locale.ROOT, "%s (%.1f per second per core): application %s, database %s; of it the sign-in "
                                + "page %s; clients %s, collector and compilers %s",
                        BenchmarkReport.millis(server + database), 1000 / (server + database), BenchmarkReport.millis(server),
                        BenchmarkReport.millis(database), BenchmarkReport.millis((page.serverNanos() + page.databaseNanos()) / 1e6 / PAGES),
                        BenchmarkReport.millis(cpu.clientNanos() / 1e6 / each), BenchmarkReport.millis(cpu.runtimeNanos() / 1e6 / each)),
                "≤ 40 ms (25 per core)", String.format(Locale.ROOT, "one argon2id check %s", BenchmarkReport.millis(1000 / product)));
        assertThat(count).as("sign-ins measured").isGreaterThan(0);
        assertThat(refused.get()).as("sign-ins refused").isZero();
    }

    /**
     * One comparison after another on this thread: how many a second of this thread's CPU time, so
     * per core whatever else the shared machine runs.
     */
    private static double hashesPerSecond(PasswordEncoder encoder, String hash) {
        for (int i = 0; i < 10; i++) {
            assertThat(encoder.matches(Fixtures.PASSWORD, hash)).isTrue();
        }
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + HASHING.toNanos();
        int done = 0;
        while (System.nanoTime() < end) {
            assertThat(encoder.matches(Fixtures.PASSWORD, hash)).isTrue();
            done++;
        }
        return done / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    /** The CPU time of {@value #PAGES} sign-in pages, one after another from one client thread, after a warm-up. */
    private CpuUse pageCpu() throws Exception {
        ExecutorService client = Executors.newSingleThreadExecutor(task -> new Thread(task, CLIENT_THREAD + "page"));
        try {
            return client.submit(() -> {
                var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                for (int i = 0; i < 50; i++) {
                    page(http);
                }
                var before = CpuUse.now(SignInBenchmark::client);
                for (int i = 0; i < PAGES; i++) {
                    assertThat(page(http).statusCode()).isEqualTo(200);
                }
                return CpuUse.now(SignInBenchmark::client).since(before);
            }).get();
        } finally {
            client.shutdown();
        }
    }

    /** The benchmark's threads and those of Java's HTTP client (Linux keeps 15 characters of a name). */
    private static boolean client(String threadName) {
        return threadName.startsWith(CLIENT_THREAD) || threadName.startsWith("HttpClient-");
    }

    private HttpResponse<String> page(HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in page, then its form; true when the sign-in ends on the start page, signed in. */
    private boolean signIn(HttpClient http, String email) throws Exception {
        var page = page(http);
        var token = CSRF.matcher(page.body());
        String session = sessionCookie(page);
        if (page.statusCode() != 200 || !token.find() || session == null) {
            return false;
        }
        String form = "username=" + encode(email) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf=" + encode(token.group(1));
        var posted = http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return posted.statusCode() == 302 && sessionCookie(posted) != null
                && posted.headers().firstValue("Location").map(URI::create).map(URI::getPath).filter("/"::equals).isPresent();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
