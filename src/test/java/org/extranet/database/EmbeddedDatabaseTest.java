package org.extranet.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of the zero-setup run, started by the product's own configuration:
 * nobody on the machine connects to it without the password made on its first start.
 */
class EmbeddedDatabaseTest {

    @TempDir Path folder;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void it_refuses_connections_without_the_generated_password_which_a_restart_reuses() throws Exception {
        Path data = folder.resolve("postgres");
        Path passwordFile = folder.resolve("postgres.password");
        String password;
        try (var postgres = configuration.embeddedPostgres(data)) {
            assertRefused(postgres, null);
            assertRefused(postgres, "");
            assertRefused(postgres, "Extranet-demo-2026");

            password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(serverSays(postgres, password, "select current_user")).isEqualTo("postgres");
            assertThat(serverSays(postgres, password, "show listen_addresses")).isEqualTo("localhost");
            assertThat(serverSays(postgres, password,
                    "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")).isEqualTo("0");
            assertThat(userThrough(configuration.dataSource(postgres))).isEqualTo("postgres");
        }

        try (var postgres = configuration.embeddedPostgres(data)) {
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(password);
            assertThat(serverSays(postgres, password, "select current_user")).isEqualTo("postgres");
            assertRefused(postgres, null);
        }
    }

    @Test
    void a_data_directory_of_an_earlier_version_that_trusted_everyone_gets_the_password_on_its_next_start()
            throws Exception {
        Path data = folder.resolve("postgres");
        try (var earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            assertThat(serverSays(earlier, null, "select current_user")).as("the earlier version's trust")
                    .isEqualTo("postgres");
        }

        try (var postgres = configuration.embeddedPostgres(data)) {
            assertRefused(postgres, null);
            assertRefused(postgres, "wrong");
            String password = Files.readString(folder.resolve("postgres.password")).strip();
            assertThat(serverSays(postgres, password, "select current_user")).isEqualTo("postgres");
        }

        try (var postgres = configuration.embeddedPostgres(data)) {
            assertRefused(postgres, null);
        }
    }

    private static void assertRefused(EmbeddedPostgres postgres, @Nullable String password) {
        assertThatThrownBy(() -> serverSays(postgres, password, "select 1"))
                .isInstanceOf(SQLException.class)
                .satisfies(refusal -> assertThat(((SQLException) refusal).getSQLState())
                        .as("no password given (08004) or a wrong one (28P01)").isIn("08004", "28P01"));
    }

    private static String serverSays(EmbeddedPostgres postgres, @Nullable String password, String query)
            throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        try (var connection = DriverManager.getConnection(url, properties);
             var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    /** The user the product's pool, given the password from the file, is connected as. */
    private static String userThrough(DataSource dataSource) throws SQLException {
        try (var pool = (HikariDataSource) dataSource;
             var connection = pool.getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("select current_user")) {
            result.next();
            return result.getString(1);
        }
    }
}
