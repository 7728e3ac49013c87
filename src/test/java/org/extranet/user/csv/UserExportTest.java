package org.extranet.user.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.base.UserStatus;
import org.extranet.user.UserExport;
import org.extranet.user.UserListQuery;
import org.extranet.user.UserListQuery.SortKey;
import org.extranet.user.csv.RowCheck.Verdict;
import org.extranet.user.csv.RowResult.Outcome;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The export: the admin panel's list as it is filtered and sorted, as a file Excel opens, and what importing it back does. */
@SpringBootTest
class UserExportTest {

    @Autowired UserExport export;
    @Autowired UserImportCheck check;
    @Autowired UserImport importer;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithUsers() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS", "VIEW_PRICES");
        rename(fixtures.user(company, "PLACE_ORDERS", "VIEW_ORDERS"), "Łucja", "Żółkiewska", "+48 600 100 200");
        rename(fixtures.userWithStatus(company, UserStatus.LOCKED), "=HYPERLINK(\"http://evil.example\")", "@Admin", null);
        rename(fixtures.userWithStatus(company, UserStatus.INVITED, "VIEW_PRICES"), "Anna", "-Nowak", "(22) 100 200");
        signIn.as(admin);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_file_starts_with_a_bom_has_the_header_and_neutralises_formula_cells() throws IOException {
        String csv = exported(query(null, null, List.of()));

        assertThat(csv).startsWith("\uFEFFemail,first_name,last_name,phone,language,permissions,status,last_sign_in\r\n");
        assertThat(csv.lines().skip(1)).hasSize(4);
        assertThat(csv).contains(",Łucja,Żółkiewska,'+48 600 100 200,en,PLACE_ORDERS VIEW_ORDERS,ACTIVE,\r\n")
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@Admin,,en,,LOCKED,\r\n")
                .contains(",Anna,'-Nowak,(22) 100 200,en,VIEW_PRICES,INVITED,\r\n");
        assertThat(db.select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT).where(AUDIT_EVENT.COMPANY_ID.eq(company)
                .and(AUDIT_EVENT.ACTION.eq("USERS_EXPORTED"))).fetchSingle().value1().data()).contains("\"users\": 4");
    }

    @Test
    void the_export_takes_the_lists_search_status_and_sort() throws IOException {
        String found = exported(query("żółkiew", null, List.of()));
        assertThat(found.lines().skip(1)).singleElement().asString().contains("Łucja");

        String invited = exported(query(null, UserStatus.INVITED, List.of()));
        assertThat(invited.lines().skip(1)).singleElement().asString().contains("INVITED");

        var byEmailDescending = exported(query(null, null, List.of(SortOrder.descending(SortKey.EMAIL)))).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(byEmailDescending).hasSize(4).isSortedAccordingTo((a, b) -> b.compareToIgnoreCase(a));
    }

    @Test
    void importing_an_export_back_changes_nothing_and_writes_no_audit_event() throws IOException {
        byte[] file = exported(query(null, null, List.of())).getBytes(StandardCharsets.UTF_8);
        var rows = UserCsvReader.read(file);
        String usersBefore = users();
        int eventsBefore = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(company));

        assertThat(check.checkImport(company, rows, Language.PL)).extracting(RowCheck::verdict).containsOnly(Verdict.UNCHANGED);
        assertThat(rows.rows().stream().map(row -> importer.importRow(company, row, new ImportChoices(true, true, Language.PL))))
                .extracting(RowResult::outcome).hasSize(4).containsOnly(Outcome.UNCHANGED);

        assertThat(users()).isEqualTo(usersBefore);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(company))).isEqualTo(eventsBefore);
    }

    @Test
    void staff_export_any_company_an_administrator_of_another_or_a_plain_user_is_refused_and_audited() throws IOException {
        signIn.as(fixtures.staff());
        assertThat(exported(query(null, null, List.of())).lines().skip(1)).hasSize(4);

        String stranger = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(stranger);
        assertThatThrownBy(() -> exported(query(null, null, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(stranger))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))).isEqualTo(1);

        signIn.as(fixtures.user(company, "VIEW_PRICES"));
        assertThatThrownBy(() -> exported(query(null, null, List.of()))).isInstanceOf(AccessDeniedException.class);
    }

    private String exported(UserListQuery query) throws IOException {
        var out = new ByteArrayOutputStream();
        UserCsvExport.write(export, query, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private UserListQuery query(String search, UserStatus status, List<SortOrder<SortKey>> sort) {
        return new UserListQuery(company, search, status, new PageRequest<>(0, 1, sort));
    }

    private String users() {
        return db.select(APP_USER.ID, APP_USER.VERSION, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME,
                APP_USER.PHONE, APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.COMPANY_ID.eq(company))
                .orderBy(APP_USER.ID).fetch().formatJSON();
    }

    private void rename(String email, String firstName, String lastName, String phone) {
        db.update(APP_USER).set(APP_USER.FIRST_NAME, firstName).set(APP_USER.LAST_NAME, lastName).set(APP_USER.PHONE, phone)
                .where(APP_USER.EMAIL.eq(email)).execute();
    }
}
