package org.extranet.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup run: with no datasource configured, the product starts its own PostgreSQL whose
 * data lives in a folder that survives restarts. It listens on the loopback interface only and
 * asks for a password (SCRAM) that is made at random on the first start and kept beside the data
 * ({@link PasswordFile}). With {@code spring.datasource.url} set, this configuration steps aside
 * and Spring Boot connects to that database instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by Extranet: its embedded PostgreSQL is reached from this machine only, with a password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${extranet.embedded-database.directory:data/postgres}") Path directory)
            throws IOException {
        Files.createDirectories(directory);
        Path passwordFile = PasswordFile.beside(directory);
        String password = PasswordFile.readOrCreate(passwordFile);
        log.info("No datasource configured: starting the embedded PostgreSQL in {}", directory.toAbsolutePath());
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                // zonky hands its "locale" settings to initdb as --name=value options, after its own
                // "-A trust", so these win: a new cluster asks for this password from the start.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password)
                // Stopped with the application context, after everything that uses it (a graceful
                // shutdown's last mail included), not by a JVM hook of its own racing the context's.
                .setRegisterShutdownHook(false)
                .start();
        if (trustsEveryone(directory)) {
            requirePassword(postgres, password, directory);
        }
        return postgres;
    }

    /** A pool over zonky's own data source, which carries the password given above. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setDataSource(postgres.getPostgresDatabase());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** A data directory made by an earlier version, whose connections needed no password. */
    private static boolean trustsEveryone(Path directory) throws IOException {
        return Files.readAllLines(directory.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .anyMatch(line -> line.matches("(?i).*\\btrust$"));
    }

    private static void requirePassword(EmbeddedPostgres postgres, String password, Path directory) throws IOException {
        log.warn("The embedded PostgreSQL in {} accepted connections without a password: setting its password "
                + "and allowing password (SCRAM) connections from this machine only", directory.toAbsolutePath());
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            // The password is URL-safe Base64 (PasswordFile): nothing in it needs escaping.
            statement.execute("alter role postgres password '" + password + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password", e);
        }
    }
}
