package org.extranet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.extranet.ExtranetApplication;
import org.extranet.Fixtures;
import org.extranet.TestDatabase;
import org.extranet.base.UserStatus;
import org.extranet.security.SecondFactorRule;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The product started as a new user starts it: no database configured, so it brings its own,
 * keeps it in a folder, and fills it with demo data once. Demo data never goes into a database
 * that was configured: asking for it there stops the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefaultRunTest {

    @TempDir Path folder;

    @Test
    void with_no_database_configured_it_starts_its_own_with_demo_data_that_survives_a_restart(CapturedOutput output)
            throws IOException {
        // The password file goes beside the data directory, so both stay in the temporary folder.
        Path dataDirectory = folder.resolve("postgres");
        DemoRows afterFirstStart;
        try (var application = start("--extranet.embedded-database.directory=" + dataDirectory)) {
            afterFirstStart = DemoRows.in(application);
            var db = application.getBean(DSLContext.class);
            assertThat(db.fetchValue(COMPANY.NAME, COMPANY.CUSTOMER_NUMBER.eq("D-10001")))
                    .isEqualTo("Hydro-Tech Dystrybucja Sp. z o.o.");
            var administrator = db.fetchSingle(APP_USER, APP_USER.EMAIL.eq(DemoData.ADMINISTRATOR));
            assertThat(administrator.getStatus()).isEqualTo(UserStatus.ACTIVE);
            assertThat(application.getBean(PasswordEncoder.class)
                    .matches(DemoData.PASSWORD, administrator.getPasswordHash())).isTrue();
            assertThat(db.fetchValue(APP_USER.KIND, APP_USER.EMAIL.eq(DemoData.STAFF))).isEqualTo("SERVICE_STAFF");
            assertThat(afterFirstStart.users()).isEqualTo(5);
            assertThat(afterFirstStart.companies()).isEqualTo(2);
            assertThat(afterFirstStart.deliveryAddresses()).isEqualTo(2);
            assertThat(output.getOut()).contains("Demo accounts (password for all: " + DemoData.PASSWORD + ")",
                    "The demo password is published: it is for trying the product only.");
            // Staff need a second factor and the demo staff account has none: its first sign-in sets one up.
            var secondFactor = db.select(APP_USER.EMAIL, SecondFactorRule.required(APP_USER.KIND, APP_USER.COMPANY_ID),
                    SecondFactorRule.enrolled(APP_USER.ID)).from(APP_USER)
                    .where(APP_USER.EMAIL.in(DemoData.STAFF, DemoData.ADMINISTRATOR))
                    .fetchMap(APP_USER.EMAIL, record -> List.of(record.value2(), record.value3()));
            assertThat(secondFactor).as("required, enrolled").containsOnly(
                    entry(DemoData.STAFF, List.of(true, false)), entry(DemoData.ADMINISTRATOR, List.of(false, false)));
        }
        // The key for authenticator apps' secrets was made beside the data, readable by its owner only.
        Path keyFile = folder.resolve("postgres.second-factor-key");
        assertThat(keyFile).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        String key = Files.readString(keyFile);

        try (var application = start("--extranet.embedded-database.directory=" + dataDirectory)) {
            assertThat(DemoRows.in(application)).isEqualTo(afterFirstStart);
        }
        assertThat(Files.readString(keyFile)).as("the same key after a restart").isEqualTo(key);
    }

    @Test
    void an_external_database_without_the_key_for_authenticator_apps_stops_the_start_with_a_clear_reason(
            CapturedOutput output) throws SQLException {
        String url = newDatabase();

        assertThatThrownBy(() -> start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--extranet.second-factor.encryption-key=").close())
                .rootCause().hasMessageContaining("No key to encrypt the secrets of authenticator apps");

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "EXTRANET_SECOND_FACTOR_ENCRYPTION_KEY");
    }

    @Test
    void with_a_database_configured_and_no_demo_data_setting_it_loads_no_demo_data() throws SQLException {
        String url = newDatabase();

        try (var application = start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
            var db = application.getBean(DSLContext.class);
            assertThat(db.fetchCount(EXTERNAL_PERMISSION)).as("migrated").isEqualTo(6);
            assertThat(DemoRows.in(application)).isEqualTo(new DemoRows(0, 0, 0));
        }
    }

    @Test
    void demo_data_asked_for_in_a_database_configured_stops_the_start_with_a_clear_reason(CapturedOutput output)
            throws SQLException {
        String url = newDatabase();

        assertThatThrownBy(() -> start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--extranet.demo-data=true").close())
                .hasRootCauseInstanceOf(DemoDataRefused.class);

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", DemoDataRefused.DESCRIPTION,
                DemoDataRefused.ACTION);
        try (var connection = DriverManager.getConnection(url);
             var statement = connection.createStatement();
             var users = statement.executeQuery("select count(*) from app_user")) {
            users.next();
            assertThat(users.getInt(1)).as("no demo account was made").isZero();
        }
    }

    private static ConfigurableApplicationContext start(String... settings) {
        var arguments = new ArrayList<>(List.of(settings));
        if (arguments.stream().anyMatch(setting -> setting.startsWith("--spring.datasource.url="))
                && arguments.stream().noneMatch(setting -> setting.startsWith("--extranet.second-factor.encryption-key="))) {
            // An external database needs the key for authenticator apps' secrets set, as in real use.
            arguments.add("--extranet.second-factor.encryption-key=" + TestDatabase.ENCRYPTION_KEY);
        }
        if (arguments.stream().anyMatch(setting -> setting.startsWith("--spring.datasource.url="))) {
            // And the key for the OpenID Connect provider's signing keys.
            arguments.add("--extranet.openid.encryption-key=" + TestDatabase.ENCRYPTION_KEY);
        }
        // Not the tests' shared database (see TestDatabase); any free port.
        arguments.addAll(List.of("--extranet.test.shared-database=false", "--server.port=0"));
        return new SpringApplicationBuilder(ExtranetApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A new, empty database beside the tests' shared one: a second server is not needed. */
    private static String newDatabase() throws SQLException {
        String shared = TestDatabase.jdbcUrl();
        String name = Fixtures.unique("default_run").replace('-', '_');
        try (var connection = DriverManager.getConnection(shared); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return shared.replace("/postgres?", "/" + name + "?");
    }

    private record DemoRows(int companies, int users, int deliveryAddresses) {
        static DemoRows in(ConfigurableApplicationContext application) {
            var db = application.getBean(DSLContext.class);
            return new DemoRows(db.fetchCount(COMPANY), db.fetchCount(APP_USER), db.fetchCount(DELIVERY_ADDRESS));
        }
    }
}
