package org.extranet.user.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.user.csv.RowCheck.Verdict;
import org.extranet.user.csv.RowResult.Outcome;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The import's rules, row by row, as the preview tells them and the import applies them. */
@SpringBootTest
class UserImportTest {

    private static final String HEADER = "email,first_name,last_name,phone,language,permissions\n";
    private static final ImportChoices UPDATE = new ImportChoices(false, true, Language.PL);

    @Autowired UserImportCheck check;
    @Autowired UserImport importer;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String admin;

    @BeforeEach
    void aCompanyThatMayNotHandOutInvoices() {
        company = fixtures.company(List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_PRICES"));
        admin = fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void each_rule_refuses_its_row_in_the_preview_and_in_the_import_with_its_reason() {
        String taken = fixtures.user(fixtures.company(), "VIEW_PRICES");
        String ok = Fixtures.unique("ok") + "@example.com";
        var file = file(ok + ",Ola,Nowak,+48 600 100 200,pl,VIEW_PRICES\n"
                + "not-an-address,Jan,Kowalski,,pl,\n"
                + ",Jan,Kowalski,,pl,\n"
                + Fixtures.unique("a") + "@example.com,,Kowalski,,pl,\n"
                + Fixtures.unique("b") + "@example.com,Jan," + "x".repeat(101) + ",,pl,\n"
                + Fixtures.unique("c") + "@example.com,Jan,Kowalski,call me,pl,\n"
                + Fixtures.unique("d") + "@example.com,Jan,Kowalski,,de,\n"
                + Fixtures.unique("e") + "@example.com,Jan,Kowalski,,pl,VIEW_INVOICES\n"
                + Fixtures.unique("f") + "@example.com,Jan,Kowalski,,pl,NO_SUCH\n"
                + taken + ",Jan,Kowalski,,pl,\n"
                + ok.toUpperCase() + ",Ola,Nowak,,pl,\n");

        var checks = check.checkImport(company, file, Language.EN);

        assertThat(checks).extracting(RowCheck::verdict).containsExactly(Verdict.NEW, Verdict.REFUSED, Verdict.REFUSED,
                Verdict.REFUSED, Verdict.REFUSED, Verdict.REFUSED, Verdict.REFUSED, Verdict.REFUSED, Verdict.REFUSED,
                Verdict.REFUSED, Verdict.REFUSED);
        assertThat(checks.subList(1, checks.size())).extracting(RowCheck::problem).containsExactly(
                new Problem("user-form.email", "user.error.email-invalid", List.of()),
                new Problem("user-form.email", "user.error.email-required", List.of()),
                new Problem("user-form.first-name", "user.error.required", List.of()),
                new Problem("user-form.last-name", "user.error.too-long", List.of(100)),
                new Problem("user-form.phone", "user.error.phone-invalid", List.of()),
                new Problem(null, "user-import.problem.language", List.of("de")),
                new Problem("user-form.permissions", "user-import.problem.permission", List.of("VIEW_INVOICES")),
                new Problem("user-form.permissions", "user-import.problem.permission", List.of("NO_SUCH")),
                new Problem("user-form.email", "user.error.email-taken", List.of()),
                new Problem(null, "user-import.problem.repeated", List.of(2)));
        int usersBefore = db.fetchCount(APP_USER);
        assertThat(db.fetchCount(APP_USER)).as("the preview writes nothing").isEqualTo(usersBefore);

        // The import refuses the same rows for the same reasons (the repeated row is the run's to refuse).
        var results = file.rows().subList(0, 10).stream().map(row -> importer.importRow(company, row, UPDATE)).toList();
        assertThat(results).extracting(RowResult::outcome).containsExactly(Outcome.CREATED, Outcome.REFUSED,
                Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED,
                Outcome.REFUSED, Outcome.REFUSED);
        assertThat(results.subList(1, 10)).extracting(RowResult::problem)
                .isEqualTo(checks.subList(1, 10).stream().map(RowCheck::problem).toList());
        assertThat(db.fetchCount(APP_USER)).isEqualTo(usersBefore + 1);
        var created = db.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(ok)).fetchSingle();
        assertThat(created.getCompanyId()).isEqualTo(company);
        assertThat(created.getPhone()).isEqualTo("+48 600 100 200");
        assertThat(created.getStatus()).isEqualTo(UserStatus.INVITED);
        assertThat(permissions(created.getId())).containsExactly("VIEW_PRICES");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_USER_ID.eq(created.getId())
                .and(AUDIT_EVENT.ACTION.eq("USER_CREATED")))).isEqualTo(1);
        assertThat(invitations(ok)).as("no invitation without notify").isZero();
    }

    @Test
    void notify_sends_each_new_user_an_invitation_through_the_outbox_in_their_language() {
        String email = Fixtures.unique("new") + "@example.com";
        var row = file(email + ",Emma,Wilson,,en,\n").rows().getFirst();

        assertThat(importer.importRow(company, row, new ImportChoices(true, true, Language.PL)).outcome()).isEqualTo(Outcome.CREATED);

        assertThat(invitations(email)).isEqualTo(1);
        assertThat(db.select(APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle().value1()).isEqualTo("en");
    }

    @Test
    void an_existing_user_is_updated_or_skipped_as_chosen_and_left_alone_when_unchanged() {
        String existing = fixtures.user(company, "VIEW_PRICES");
        long id = fixtures.userId(existing);
        String lastName = db.select(APP_USER.LAST_NAME).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1();
        var same = file(existing + ",Test," + lastName + ",,en,VIEW_PRICES\n");
        var changed = file(existing + ",Testa," + lastName + ",,en,VIEW_PRICES PLACE_ORDERS\n");
        int eventsBefore = events(id);

        assertThat(check.checkImport(company, same, Language.PL)).extracting(RowCheck::verdict).containsExactly(Verdict.UNCHANGED);
        assertThat(check.checkImport(company, changed, Language.PL)).extracting(RowCheck::verdict).containsExactly(Verdict.CHANGED);
        assertThat(importer.importRow(company, same.rows().getFirst(), UPDATE).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(importer.importRow(company, changed.rows().getFirst(), new ImportChoices(false, false, Language.PL)).outcome())
                .isEqualTo(Outcome.SKIPPED);
        assertThat(events(id)).as("unchanged and skipped rows are not audited").isEqualTo(eventsBefore);

        assertThat(importer.importRow(company, changed.rows().getFirst(), UPDATE).outcome()).isEqualTo(Outcome.UPDATED);

        var user = db.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle();
        assertThat(user.getFirstName()).isEqualTo("Testa");
        assertThat(user.getVersion()).isEqualTo(1);
        assertThat(permissions(id)).containsExactlyInAnyOrder("VIEW_PRICES", "PLACE_ORDERS");
        assertThat(events(id)).isEqualTo(eventsBefore + 1);
    }

    @Test
    void a_file_without_the_optional_columns_keeps_what_existing_users_have() {
        String existing = fixtures.user(company, "VIEW_PRICES", "PLACE_ORDERS");
        long id = fixtures.userId(existing);
        db.update(APP_USER).set(APP_USER.PHONE, "+48 22 100 200").where(APP_USER.ID.eq(id)).execute();
        String lastName = db.select(APP_USER.LAST_NAME).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle().value1();
        var file = UserCsvReader.read(("email,first_name,last_name\n" + existing + ",Test," + lastName + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(importer.importRow(company, file.rows().getFirst(), UPDATE).outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void the_rules_of_the_user_form_apply_the_last_administrator_keeps_manage_users() {
        long adminId = fixtures.userId(admin);
        String lastName = db.select(APP_USER.LAST_NAME).from(APP_USER).where(APP_USER.ID.eq(adminId)).fetchSingle().value1();
        var row = file(admin + ",Test," + lastName + ",,en,VIEW_PRICES\n").rows().getFirst();

        var result = importer.importRow(company, row, UPDATE);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.problem()).isEqualTo(new Problem(null, "user.error.last-administrator-permission", List.of()));
        assertThat(db.fetchCount(USER_PERMISSION, USER_PERMISSION.USER_ID.eq(adminId)
                .and(USER_PERMISSION.PERMISSION_CODE.eq("MANAGE_USERS")))).isEqualTo(1);
    }

    @Test
    void staff_import_into_any_company_on_its_behalf_and_an_administrator_of_another_company_is_refused() {
        String email = Fixtures.unique("staffmade") + "@example.com";
        var row = file(email + ",Piotr,Zieliński,,pl,PLACE_ORDERS\n").rows().getFirst();
        signIn.as(fixtures.staff());

        assertThat(check.checkImport(company, file(email + ",Piotr,Zieliński,,pl,\n"), Language.PL))
                .extracting(RowCheck::verdict).containsExactly(Verdict.NEW);
        assertThat(importer.importRow(company, row, UPDATE).outcome()).isEqualTo(Outcome.CREATED);
        long id = fixtures.userId(email);
        assertThat(db.select(AUDIT_EVENT.ON_BEHALF).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(id)
                .and(AUDIT_EVENT.ACTION.eq("USER_CREATED"))).fetchSingle().value1()).isTrue();

        signIn.as(fixtures.user(fixtures.company(), "MANAGE_USERS"));
        var another = file(Fixtures.unique("x") + "@example.com,A,B,,pl,\n");
        assertThatThrownBy(() -> check.checkImport(company, another, Language.PL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.importRow(company, another.rows().getFirst(), UPDATE))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(fixtures.user(company, "VIEW_PRICES"));
        assertThatThrownBy(() -> importer.importRow(company, another.rows().getFirst(), UPDATE))
                .as("a user of the company without Manage users").isInstanceOf(AccessDeniedException.class);
    }

    private List<String> permissions(long userId) {
        return db.select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION).where(USER_PERMISSION.USER_ID.eq(userId))
                .fetch(USER_PERMISSION.PERMISSION_CODE);
    }

    private int events(long userId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_USER_ID.eq(userId));
    }

    private int invitations(String email) {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("INVITATION")));
    }

    static ImportFile file(String rows) {
        return UserCsvReader.read((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }
}
