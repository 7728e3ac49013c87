package org.extranet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.audit.AuditEntry.Change;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditTrailTest {

    @Autowired AuditTrail trail;
    @Autowired AuditLog audit;
    @Autowired Actors actors;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;

    /** In every subject label of this test, so that other tests' events never get in the way. */
    private final String tag = Fixtures.unique("trail");
    private long hydro;
    private long baltic;
    private String hydroAdmin;
    private String balticAdmin;
    private String staff;

    @BeforeEach
    void twoCompaniesWithAdministratorsAndStaff() {
        hydro = fixtures.company();
        baltic = fixtures.company();
        hydroAdmin = fixtures.user(hydro, "MANAGE_USERS");
        balticAdmin = fixtures.user(baltic, "MANAGE_USERS");
        staff = fixtures.staff();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_see_the_events_of_every_company_with_the_company_named() {
        long hydroEvent = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "anna", Map.of("status", "ACTIVE"),
                Map.of("status", "LOCKED"));
        long balticEvent = record(staff, AuditAction.USER_CREATED, baltic, "jan", null, Map.of("status", "INVITED"));
        signIn.as(staff);

        var all = trail.list(AuditQuery.of(null).withText(tag));

        assertThat(all).extracting(AuditEntry::id).containsExactly(balticEvent, hydroEvent);
        assertThat(all).extracting(AuditEntry::companyName)
                .containsExactly(fixtures.companyName(baltic), fixtures.companyName(hydro));
        assertThat(all.getFirst().onBehalf()).as("staff acted for Baltic").isTrue();
        assertThat(all.getLast().onBehalf()).isFalse();
        assertThat(all.getLast().action()).isEqualTo(AuditAction.USER_LOCKED);
        assertThat(all.getLast().subjectLabel()).isEqualTo(label("anna"));
        assertThat(all.getLast().actorLabel()).endsWith("<" + hydroAdmin + ">");
        assertThat(trail.count(AuditQuery.of(null).withText(tag))).isEqualTo(2);
        assertThat(trail.list(AuditQuery.of(baltic).withText(tag))).extracting(AuditEntry::id)
                .containsExactly(balticEvent);
        assertThat(trail.count(AuditQuery.of(baltic))).isEqualTo(1);
    }

    @Test
    void an_administrator_sees_only_their_own_company() {
        long own = record(hydroAdmin, AuditAction.USER_UNLOCKED, hydro, "own", null, null);
        record(balticAdmin, AuditAction.USER_UNLOCKED, baltic, "other", null, null);
        signIn.as(hydroAdmin);

        assertThat(trail.list(AuditQuery.of(hydro))).extracting(AuditEntry::id).containsExactly(own);
        assertThat(trail.count(AuditQuery.of(hydro))).isEqualTo(1);
        assertThat(trail.scope(baltic)).as("the address cannot widen an administrator's view")
                .isEqualTo(new AuditScope(false, hydro, fixtures.companyName(hydro)));
    }

    @Test
    void an_administrator_asking_for_another_company_or_all_companies_is_refused_and_that_is_audited() {
        record(balticAdmin, AuditAction.USER_LOCKED, baltic, "secret", null, null);
        signIn.as(hydroAdmin);
        long admin = fixtures.userId(hydroAdmin);

        assertThatThrownBy(() -> trail.list(AuditQuery.of(baltic))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditQuery.of(baltic))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.list(AuditQuery.of(null))).isInstanceOf(AccessDeniedException.class);

        var refusals = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTOR_ID.eq(admin).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))
                .orderBy(AUDIT_EVENT.ID).fetch();
        assertThat(refusals).extracting(row -> row.getCompanyId()).containsExactly(baltic, baltic, hydro);
        assertThat(refusals).extracting(row -> row.getAfterState().data()).containsExactly(
                "{\"attempted\": \"read the audit log of company " + baltic + "\"}",
                "{\"attempted\": \"read the audit log of company " + baltic + "\"}",
                "{\"attempted\": \"read the audit log of all companies\"}");
        signIn.as(balticAdmin);
        assertThat(trail.list(AuditQuery.of(baltic).withAction(AuditAction.ACCESS_REFUSED)))
                .as("Baltic's administrator sees who tried to read their log")
                .extracting(AuditEntry::actorLabel).contains(actors.byId(admin).label());
    }

    @Test
    void a_user_without_manage_users_is_refused_and_that_is_audited() {
        String clerk = fixtures.user(hydro, "PLACE_ORDERS", "VIEW_INVOICES");
        signIn.as(clerk);

        assertThatThrownBy(() -> trail.scope(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.list(AuditQuery.of(hydro))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.count(AuditQuery.of(hydro))).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(clerk))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")).and(AUDIT_EVENT.COMPANY_ID.eq(hydro)))).isEqualTo(3);
    }

    @Test
    void the_text_matches_the_actor_or_the_subject_ignoring_case_and_literally() {
        long aboutPiotr = record(hydroAdmin, AuditAction.USER_UPDATED, hydro, "Piotr.Kowalski", null, null);
        long byOther = record(fixtures.user(hydro, "MANAGE_USERS"), AuditAction.USER_LOCKED, hydro, "someone", null, null);
        signIn.as(hydroAdmin);

        assertThat(trail.list(AuditQuery.of(hydro).withText("  piotr.KOWALSKI "))).extracting(AuditEntry::id)
                .containsExactly(aboutPiotr);
        assertThat(trail.list(AuditQuery.of(hydro).withText(hydroAdmin.toUpperCase()))).extracting(AuditEntry::id)
                .containsExactly(aboutPiotr);
        assertThat(trail.list(AuditQuery.of(hydro).withText(tag))).extracting(AuditEntry::id)
                .containsExactly(byOther, aboutPiotr);
        assertThat(trail.list(AuditQuery.of(hydro).withText("%"))).as("% is a character, not a wildcard").isEmpty();
        assertThat(trail.list(AuditQuery.of(hydro).withText("Piotr_Kowalski"))).as("so is _").isEmpty();
        assertThat(trail.count(AuditQuery.of(hydro).withText("nobody-at-all"))).isZero();
    }

    @Test
    void the_action_filter_keeps_one_kind_of_event() {
        long locked = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "a", null, null);
        record(hydroAdmin, AuditAction.USER_UNLOCKED, hydro, "a", null, null);
        signIn.as(hydroAdmin);

        assertThat(trail.list(AuditQuery.of(hydro).withAction(AuditAction.USER_LOCKED))).extracting(AuditEntry::id)
                .containsExactly(locked);
        assertThat(trail.count(AuditQuery.of(hydro).withAction(AuditAction.USER_DELETED))).isZero();
    }

    @Test
    void dates_are_whole_days_in_warsaw_both_ends_included() {
        // 22:59:59 UTC on 10 March is still the 10th in Warsaw (UTC+1); 23:30 UTC is already the 11th.
        long lateOnTenth = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "late", null, null);
        long earlyOnEleventh = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "early", null, null);
        long inSummer = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "summer", null, null);
        at(lateOnTenth, "2026-03-10T22:59:59Z");
        at(earlyOnEleventh, "2026-03-10T23:30:00Z");
        at(inSummer, "2026-07-01T22:30:00Z"); // 00:30 on 2 July in Warsaw (UTC+2)
        signIn.as(hydroAdmin);
        var march10 = LocalDate.of(2026, 3, 10);
        var march11 = LocalDate.of(2026, 3, 11);

        assertThat(ids(AuditQuery.of(hydro).between(march10, march10))).containsExactly(lateOnTenth);
        assertThat(ids(AuditQuery.of(hydro).between(march11, march11))).containsExactly(earlyOnEleventh);
        assertThat(ids(AuditQuery.of(hydro).between(march10, march11))).containsExactly(earlyOnEleventh, lateOnTenth);
        assertThat(ids(AuditQuery.of(hydro).between(march11, null))).containsExactly(inSummer, earlyOnEleventh);
        assertThat(ids(AuditQuery.of(hydro).between(null, LocalDate.of(2026, 7, 1))))
                .containsExactly(earlyOnEleventh, lateOnTenth);
        assertThat(ids(AuditQuery.of(hydro).between(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 2))))
                .containsExactly(inSummer);
        assertThat(ids(AuditQuery.of(hydro).between(march11, march10))).as("an empty range").isEmpty();
    }

    @Test
    void pages_come_newest_first_or_oldest_first_in_sql() {
        long first = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "1", null, null);
        long second = record(hydroAdmin, AuditAction.USER_UNLOCKED, hydro, "2", null, null);
        long third = record(hydroAdmin, AuditAction.USER_LOCKED, hydro, "3", null, null);
        long sameTimeAsThird = record(hydroAdmin, AuditAction.USER_UNLOCKED, hydro, "4", null, null);
        at(first, "2026-01-01T10:00:00Z");
        at(second, "2026-01-02T10:00:00Z");
        at(third, "2026-01-03T10:00:00Z");
        at(sameTimeAsThird, "2026-01-03T10:00:00Z");
        signIn.as(hydroAdmin);
        var query = AuditQuery.of(hydro);
        var oldestFirst = List.of(SortOrder.ascending(AuditQuery.SortKey.TIME));

        assertThat(ids(query)).containsExactly(sameTimeAsThird, third, second, first);
        assertThat(ids(query.page(PageRequest.of(1, 2)))).containsExactly(third, second);
        assertThat(ids(query.page(PageRequest.of(3, 2)))).containsExactly(first);
        assertThat(ids(query.page(new PageRequest<>(0, 50, oldestFirst)))).containsExactly(first, second, third, sameTimeAsThird);
        assertThat(ids(query.page(new PageRequest<>(1, 2, oldestFirst)))).containsExactly(second, third);
    }

    @Test
    void an_entry_lists_what_changed_between_before_and_after() {
        record(hydroAdmin, AuditAction.USER_UPDATED, hydro, "edited",
                Map.of("status", "ACTIVE", "permissions", List.of("VIEW_ORDERS"), "language", "pl"),
                Map.of("status", "ACTIVE", "permissions", List.of("MANAGE_USERS", "VIEW_ORDERS"), "language", "pl",
                        "changedPersonalData", List.of("phone")));
        record(hydroAdmin, AuditAction.USER_DELETED, hydro, "deleted", Map.of("status", "LOCKED"), null);
        record(hydroAdmin, AuditAction.USER_CREATED, hydro, "created", null, Map.of("status", "INVITED"));
        signIn.as(hydroAdmin);

        var entries = trail.list(AuditQuery.of(hydro));

        assertThat(entries.get(0).changes()).containsExactly(new Change("status", null, "INVITED"));
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).isEqualTo("{\"status\": \"INVITED\"}");
        assertThat(entries.get(1).changes()).containsExactly(new Change("status", "LOCKED", null));
        assertThat(entries.get(2).changes()).containsExactlyInAnyOrder(
                new Change("permissions", "[VIEW_ORDERS]", "[MANAGE_USERS, VIEW_ORDERS]"),
                new Change("changedPersonalData", null, "[phone]"));
    }

    @Test
    void staff_may_narrow_to_one_company_and_an_unknown_one_means_all() {
        signIn.as(staff);

        assertThat(trail.scope(hydro)).isEqualTo(new AuditScope(true, hydro, fixtures.companyName(hydro)));
        assertThat(trail.scope(null).allCompanies()).isTrue();
        assertThat(trail.scope(Long.MAX_VALUE)).isEqualTo(new AuditScope(true, null, null));
    }

    private long record(String actorEmail, AuditAction action, long companyId, String subject,
                        @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        transactions.executeWithoutResult(status -> audit.record(actors.byId(fixtures.userId(actorEmail)), action,
                companyId, new Subject(null, label(subject)), before, after));
        return db.fetchValue(AUDIT_EVENT.ID, AUDIT_EVENT.SUBJECT_LABEL.eq(label(subject))
                .and(AUDIT_EVENT.ACTION.eq(action.name())).and(AUDIT_EVENT.COMPANY_ID.eq(companyId)));
    }

    private String label(String subject) {
        return subject + "." + tag + "@example.com";
    }

    private void at(long event, String instant) {
        db.update(AUDIT_EVENT).set(AUDIT_EVENT.OCCURRED_AT, OffsetDateTime.parse(instant))
                .where(AUDIT_EVENT.ID.eq(event)).execute();
    }

    private List<Long> ids(AuditQuery query) {
        return trail.list(query).stream().map(AuditEntry::id).toList();
    }
}
