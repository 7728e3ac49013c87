package org.extranet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL for the whole test run (per JVM), shared by every Spring context the tests
 * start; Flyway migrates it and the demo data is loaded into it once. Tests add their own
 * companies and users beside the demo data, so they never depend on each other's leftovers.
 * Registered in {@code META-INF/spring.factories}; a test that wants the product's own default
 * (embedded) database sets {@code extranet.test.shared-database=false}. It may keep PostgreSQL's
 * {@code trust} authentication: it lives only as long as the test run.
 * <p>
 * Contexts on the shared database run no scheduled work unless a test asks for it
 * ({@code extranet.scheduler.enabled=true}): the scheduled runs are shared by every context, and one
 * context's outbox run would send the mail other tests queue, to its own SMTP server.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The key for authenticator apps' secrets in tests; a run with a database of its own names it too. */
    public static final String ENCRYPTION_KEY = "test-key-for-authenticator-secrets";

    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.getProperty("extranet.test.shared-database", Boolean.class, true)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                // One key for every context of the run, which all share this database's authenticator apps.
                "extranet.second-factor.encryption-key", ENCRYPTION_KEY,
                "extranet.openid.encryption-key", ENCRYPTION_KEY)));
        environment.getPropertySources().addLast(new MapPropertySource("test-scheduler",
                Map.of("extranet.scheduler.enabled", "false")));
        // Known to the product as its embedded database, which is where demo data may go (DemoData).
        context.getBeanFactory().registerSingleton("testDatabase", postgres);
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the temporary cluster goes with it.
                }
            }));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
