package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.TestDatabase;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.benchmark.BenchmarkReport;
import org.extranet.user.UserListQuery.SortKey;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin panel's list at 100,000 users over 2,000 companies, then at 1,000,000 over 20,000 with
 * one company of 100,000: each query the grid makes, through the service (the acting user's
 * rights, the transaction, the mapping) beside the very same SQL over plain JDBC, p50 / p95 of
 * 200 runs. On a PostgreSQL of its own, which goes away with the run. On demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=UserListBenchmark}.
 */
@Tag("benchmark")
@Isolated
@SpringBootTest(properties = {"extranet.test.shared-database=false", "extranet.scheduler.enabled=false"})
class UserListBenchmark {

    private static final int RUNS = 200;
    private static final int PAGE = 50;
    private static final EmbeddedPostgres POSTGRES = startPostgres();
    private static final List<SortOrder<SortKey>> BY_NAME = List.of(new SortOrder<>(SortKey.NAME, false));

    @Autowired UserDirectory userDirectory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired DataSource dataSource;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("extranet.second-factor.encryption-key", () -> TestDatabase.ENCRYPTION_KEY);
        registry.add("extranet.openid.encryption-key", () -> TestDatabase.ENCRYPTION_KEY);
    }

    @Test
    void the_admin_panel_list_at_one_hundred_thousand_and_at_one_million_users() {
        var many = new ManyUsers(db);
        long started = System.nanoTime();
        long typical = many.companies("t", 2_000);
        many.users("t", typical, 2_000, 100_000);
        System.out.printf("%nSeeded 100,000 users over 2,000 companies in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        signIn.as(fixtures.staff());
        measure("100,000 users over 2,000 companies", "a company of 50", typical + 5, false);

        started = System.nanoTime();
        long large = many.companies("l", 1);
        many.users("l", large, 1, 100_000);
        long rest = many.companies("r", 17_999);
        many.users("r", rest, 17_999, 800_000);
        System.out.printf("%nSeeded 900,000 more users over 18,000 more companies in %d s%n",
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(db.fetchCount(db.selectFrom("app_user").where("company_id >= " + typical))).isEqualTo(1_000_000);
        measure("1,000,000 users over 20,000 companies", "a company of 50", typical + 5, false);
        measure("1,000,000 users over 20,000 companies", "the company of 100,000", large, true);
        assertThat(userDirectory.countUsers(query(large, null, 0))).isEqualTo(100_000);
    }

    private void measure(String scale, String company, long companyId, boolean deep) {
        compare(scale, company + ": first page by name", query(companyId, null, 0), "p95 ≤ 5 ms, ≤ 1.5× SQL");
        compare(scale, company + ": count", query(companyId, null, 0), "≤ 10 ms");
        compare(scale, company + ": contains \"kowal\", first page", query(companyId, "kowal", 0), "≤ 20 ms");
        compare(scale, company + ": contains \"kowal\", count", query(companyId, "kowal", 0), "");
        if (deep) {
            compare(scale, company + ": page at offset 5,000", query(companyId, null, 5_000), "≤ 20 ms");
            compare(scale, company + ": page at offset 50,000", query(companyId, null, 50_000), "≤ 20 ms");
        }
    }

    /** The measure's name says whether it is the count ("count") or a page. */
    private void compare(String scale, String measure, UserListQuery query, String target) {
        boolean count = measure.endsWith("count");
        Runnable service = count ? () -> userDirectory.countUsers(query) : () -> userDirectory.listUsers(query);
        Query sql = db.query(db.renderInlined(count ? UserDirectory.count(query) : UserDirectory.page(query)));
        String inlined = sql.getSQL();
        double[] viaService = timings(service);
        double[] viaJdbc = timings(() -> jdbc(inlined));
        BenchmarkReport.record("List, " + scale, measure + " (p50 / p95)",
                BenchmarkReport.millis(viaService[0]) + " / " + BenchmarkReport.millis(viaService[1]), target,
                String.format(Locale.ROOT, "SQL over JDBC %s / %s (%.1f× at p50)", BenchmarkReport.millis(viaJdbc[0]),
                        BenchmarkReport.millis(viaJdbc[1]), viaService[0] / viaJdbc[0]));
    }

    private void jdbc(String sql) {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            int read = 0;
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    rows.getObject(column);
                }
                read++;
            }
            assertThat(read).isPositive();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** p50 and p95 in milliseconds of {@link #RUNS} runs after a warm-up long enough for the JIT (2,000 calls or 5 s). */
    private static double[] timings(Runnable call) {
        long warmUpEnds = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; i < 2_000 && System.nanoTime() < warmUpEnds; i++) {
            call.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[RUNS / 2], millis[RUNS * 95 / 100]};
    }

    private static UserListQuery query(long company, String search, int offset) {
        return new UserListQuery(company, search, null, new PageRequest<>(offset, PAGE, BY_NAME));
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the temporary cluster goes with it.
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
