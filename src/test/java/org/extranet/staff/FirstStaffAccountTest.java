package org.extranet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.extranet.ExtranetApplication;
import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.TestDatabase;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.password.PasswordLinks;
import org.extranet.security.Actors;
import org.extranet.staff.FirstStaffCreation.Outcome;
import org.extranet.staff.FirstStaffSettings.FirstStaff;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first staff account of an external database, which gets no demo data: made once, invited,
 * by whichever node starts first; never over a distributor's user; a setting left in place is harmless.
 * Each case has a new database of its own, as an operator's first start has.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStaffAccountTest {

    private static final String STAFF = "SERVICE_STAFF";

    @Test
    void the_first_start_invites_the_staff_member_whose_link_lets_them_in_and_a_restart_makes_nothing_more(
            CapturedOutput output) throws SQLException {
        String url = newDatabase();
        String email = Fixtures.unique("first") + "@manufacturer.example";
        String[] settings = {"--spring.datasource.url=" + url, "--extranet.first-staff.email=" + email,
                "--extranet.first-staff.first-name=Marta", "--extranet.first-staff.last-name=Serwis",
                "--extranet.first-staff.language=en"};

        try (var application = start(settings)) {
            var db = application.getBean(DSLContext.class);
            var staff = db.fetchSingle(APP_USER, APP_USER.KIND.eq(STAFF));
            assertThat(staff.getEmail()).isEqualTo(email);
            assertThat(staff.getCompanyId()).isNull();
            assertThat(staff.getStatus()).isEqualTo(UserStatus.INVITED);
            assertThat(staff.getLanguage()).isEqualTo("en");
            assertThat(staff.getPasswordHash()).isNull();
            var mail = db.fetchSingle(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email));
            assertThat(mail.getKind()).isEqualTo("STAFF_INVITATION");
            assertThat(mail.getLinkTokenId()).isNotNull();
            assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                    .where(AUDIT_EVENT.SUBJECT_USER_ID.eq(staff.getId())
                            .and(AUDIT_EVENT.ACTOR_LABEL.eq("Setting extranet.first-staff.email"))
                            .and(AUDIT_EVENT.ACTOR_ID.isNull()))
                    .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                    .containsExactly("USER_CREATED", "INVITATION_SENT");
            assertThat(output.getOut()).contains("First staff account made for " + email,
                    "No SMTP server is configured (SIMPLEJAVAMAIL_SMTP_HOST): the first staff member's invitation");
            // The link is made only as the mail goes out: neither the log nor the stored mail holds one.
            assertThat(output.getOut()).doesNotContain("token=");
            assertThat(mail.getTextBody()).doesNotContainPattern("token=[A-Za-z0-9_-]{20,}");

            String token = application.getBean(MailedLinks.class).token(email, "STAFF_INVITATION");
            application.getBean(PasswordLinks.class).setPassword(token, Fixtures.PASSWORD, Fixtures.PASSWORD);

            assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.ID.eq(staff.getId()))).isEqualTo(UserStatus.ACTIVE);
            assertThat(application.getBean(Actors.class).byId(staff.getId()).staff()).isTrue();
        }

        try (var application = start(settings)) {
            var db = application.getBean(DSLContext.class);
            assertThat(db.fetchCount(APP_USER, APP_USER.KIND.eq(STAFF))).isOne();
            assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email))).isOne();
            assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(email))).isEqualTo(UserStatus.ACTIVE);
        }
        assertThat(output.getOut()).contains("A staff account exists already, so extranet.first-staff.email ("
                + email + ") makes none");
    }

    @Test
    void nodes_starting_together_make_one_account_and_a_distributors_address_stops_the_start(CapturedOutput output)
            throws Exception {
        String url = newDatabase();
        try (var application = start("--spring.datasource.url=" + url)) {
            var db = application.getBean(DSLContext.class);
            var fixtures = application.getBean(Fixtures.class);
            String distributorUser = fixtures.user(fixtures.company());

            assertThatThrownBy(() -> start("--spring.datasource.url=" + url,
                    "--extranet.first-staff.email=" + distributorUser.toUpperCase(),
                    "--extranet.first-staff.first-name=Marta", "--extranet.first-staff.last-name=Serwis").close())
                    .isInstanceOf(FirstStaffRefused.class);
            assertThat(output.getOut()).contains("APPLICATION FAILED TO START",
                    "belongs to a distributor company's user", "Set EXTRANET_FIRST_STAFF_EMAIL to an address that has no account yet");
            assertThat(db.fetchCount(APP_USER, APP_USER.KIND.eq(STAFF))).isZero();
            assertThat(db.fetchValue(APP_USER.KIND, APP_USER.EMAIL.eq(distributorUser))).isEqualTo("DISTRIBUTOR_USER");

            // Four nodes, each with its own address set by mistake, start at the same moment.
            var creation = application.getBean(FirstStaffCreation.class);
            int nodes = 4;
            var together = new CyclicBarrier(nodes);
            var outcomes = new ArrayList<Outcome>();
            try (var pool = Executors.newFixedThreadPool(nodes)) {
                var started = new ArrayList<Future<Outcome>>();
                for (int node = 0; node < nodes; node++) {
                    var wanted = new FirstStaff(Fixtures.unique("node" + node) + "@manufacturer.example", "Marta",
                            "Serwis", Language.PL);
                    started.add(pool.submit(() -> {
                        together.await();
                        return creation.createIfNoStaff(wanted);
                    }));
                }
                for (Future<Outcome> outcome : started) {
                    outcomes.add(outcome.get());
                }
            }

            assertThat(outcomes).containsOnlyOnce(Outcome.CREATED).filteredOn(Outcome.STAFF_EXISTS::equals).hasSize(nodes - 1);
            assertThat(db.fetchCount(APP_USER, APP_USER.KIND.eq(STAFF))).isOne();
            assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.KIND.eq("STAFF_INVITATION"))).isOne();
        }
    }

    @Test
    void an_address_that_is_not_one_stops_the_start_with_a_clear_reason(CapturedOutput output) throws SQLException {
        String url = newDatabase();

        assertThatThrownBy(() -> start("--spring.datasource.url=" + url,
                "--extranet.first-staff.email=marta.serwis(at)manufacturer.example").close())
                .hasRootCauseInstanceOf(FirstStaffRefused.class);

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START",
                "is not a valid e-mail address: \"marta.serwis(at)manufacturer.example\"",
                "Set EXTRANET_FIRST_STAFF_EMAIL to the staff member's e-mail address");
    }

    @Test
    void the_setting_is_checked_before_anything_is_made() {
        assertThat(new FirstStaffSettings(null, null, null, Language.PL).wanted()).isNull();
        assertThat(new FirstStaffSettings("  ", null, null, Language.PL).wanted()).isNull();
        assertThat(new FirstStaffSettings(" marta@manufacturer.example ", " Marta ", "Serwis", Language.PL).wanted())
                .isEqualTo(new FirstStaff("marta@manufacturer.example", "Marta", "Serwis", Language.PL));
        assertThatThrownBy(() -> new FirstStaffSettings("marta@manufacturer.example", "Marta", " ", Language.PL).wanted())
                .isInstanceOf(FirstStaffRefused.class).hasMessageContaining("EXTRANET_FIRST_STAFF_LAST_NAME is not set");
        assertThatThrownBy(() -> new FirstStaffSettings("marta@manufacturer.example", null, "Serwis", Language.PL).wanted())
                .isInstanceOf(FirstStaffRefused.class).hasMessageContaining("EXTRANET_FIRST_STAFF_FIRST_NAME is not set");
    }

    private static ConfigurableApplicationContext start(String... settings) {
        var arguments = new ArrayList<>(List.of(settings));
        // As in real use with an external database: both keys set; not the tests' shared database; any free port.
        arguments.addAll(List.of("--extranet.second-factor.encryption-key=" + TestDatabase.ENCRYPTION_KEY,
                "--extranet.openid.encryption-key=" + TestDatabase.ENCRYPTION_KEY,
                "--spring.datasource.username=postgres", "--extranet.test.shared-database=false",
                "--extranet.scheduler.enabled=false", "--server.port=0"));
        return new SpringApplicationBuilder(ExtranetApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A new, empty database beside the tests' shared one. */
    private static String newDatabase() throws SQLException {
        String shared = TestDatabase.jdbcUrl();
        String name = Fixtures.unique("first_staff").replace('-', '_');
        try (var connection = DriverManager.getConnection(shared); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return shared.replace("/postgres?", "/" + name + "?");
    }
}
