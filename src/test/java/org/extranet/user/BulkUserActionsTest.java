package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Refusal;
import org.extranet.base.UserStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Each selected user gets the single-user action, with its rules, its transaction and its audit event. */
@SpringBootTest
class BulkUserActionsTest {

    @Autowired BulkUserActions bulk;
    @Autowired BulkRuns runs;
    @Autowired UserDirectory directory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithAnAdministrator() {
        company = fixtures.company(List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_PRICES"));
        admin = fixtures.user(company, "MANAGE_USERS");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Runs the action for these users, as the signed-in user, to the end. */
    private BulkResult runWith(BulkAction action, String permission, String... emails) {
        List<Long> ids = Stream.of(emails).map(fixtures::userId).toList();
        return bulk.run(company, action, permission, bulk.targets(company, ids), watching(-1, new ArrayList<>()));
    }

    private BulkResult run(BulkAction action, String... emails) {
        return runWith(action, null, emails);
    }

    private static BulkProgress watching(int cancelAfter, List<Integer> taken) {
        return new BulkProgress() {
            @Override
            public boolean cancelled() {
                return taken.size() == cancelAfter;
            }

            @Override
            public void taken(BulkOutcome outcome, int count, int planned) {
                taken.add(count);
            }
        };
    }

    private UserStatus status(String email) {
        return db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(email));
    }

    private List<String> events(String email, String action) {
        return db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(email)).and(AUDIT_EVENT.ACTION.eq(action)))
                .fetch(AUDIT_EVENT.ACTION);
    }

    private static List<String> reasons(BulkResult result) {
        return result.outcomes().stream().map(outcome -> outcome.done() ? "done" : outcome.reasonKey()).toList();
    }

    @Test
    void locking_three_users_locks_each_ends_their_sessions_and_audits_each_as_the_administrator() {
        List<String> users = List.of(fixtures.user(company), fixtures.user(company), fixtures.user(company));
        List<Integer> generations = users.stream().map(email -> db.fetchValue(APP_USER.SESSION_GENERATION,
                APP_USER.EMAIL.eq(email))).toList();
        signIn.as(admin);

        BulkResult result = run(BulkAction.LOCK, users.toArray(String[]::new));

        assertThat(reasons(result)).containsExactly("done", "done", "done");
        assertThat(result.doneCount()).isEqualTo(3);
        assertThat(result.outcomes()).extracting(outcome -> outcome.user().email()).containsExactlyElementsOf(users);
        for (int i = 0; i < users.size(); i++) {
            String email = users.get(i);
            assertThat(status(email)).isEqualTo(UserStatus.LOCKED);
            assertThat(db.fetchValue(APP_USER.SESSION_GENERATION, APP_USER.EMAIL.eq(email))).isGreaterThan(generations.get(i));
            assertThat(db.fetchValue(AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(email))
                    .and(AUDIT_EVENT.ACTION.eq("USER_LOCKED")))).isEqualTo(fixtures.userId(admin));
        }

        BulkResult unlocked = run(BulkAction.UNLOCK, users.toArray(String[]::new));
        assertThat(unlocked.doneCount()).isEqualTo(3);
        assertThat(users).allSatisfy(email -> {
            assertThat(status(email)).isEqualTo(UserStatus.ACTIVE);
            assertThat(events(email, "USER_UNLOCKED")).hasSize(1);
        });
    }

    @Test
    void yourself_is_refused_and_the_others_are_locked_and_deleted_all_the_same() {
        String before = fixtures.user(company);
        String after = fixtures.user(company);
        String deleted = fixtures.user(company);
        fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);

        BulkResult locked = run(BulkAction.LOCK, before, admin, after);
        BulkResult removed = run(BulkAction.DELETE, admin, deleted);

        assertThat(reasons(locked)).containsExactly("done", "user.error.cannot-lock-self", "done");
        assertThat(locked.refusedCount()).isEqualTo(1);
        assertThat(status(before)).isEqualTo(UserStatus.LOCKED);
        assertThat(status(after)).isEqualTo(UserStatus.LOCKED);
        assertThat(status(admin)).isEqualTo(UserStatus.ACTIVE);
        assertThat(reasons(removed)).containsExactly("user.error.cannot-delete-self", "done");
        assertThat(db.fetchExists(APP_USER, APP_USER.EMAIL.eq(deleted))).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("USER_DELETED")
                .and(AUDIT_EVENT.SUBJECT_LABEL.eq(deleted)))).isEqualTo(1);
    }

    @Test
    void staff_may_act_and_the_last_administrator_is_refused_while_those_before_stay_done() {
        String secondAdmin = fixtures.user(company, "MANAGE_USERS");
        String plain = fixtures.user(company, "PLACE_ORDERS");
        String staff = fixtures.staff();
        signIn.as(staff);

        BulkResult taken = runWith(BulkAction.TAKE_AWAY_PERMISSION, "MANAGE_USERS", admin, secondAdmin, plain);

        assertThat(reasons(taken)).containsExactly("done", "user.error.last-administrator-permission", "done");
        assertThat(db.fetchExists(USER_PERMISSION, USER_PERMISSION.USER_ID.eq(fixtures.userId(admin))
                .and(USER_PERMISSION.PERMISSION_CODE.eq("MANAGE_USERS")))).isFalse();
        assertThat(db.fetchValue(AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(admin))
                .and(AUDIT_EVENT.ACTION.eq("USER_UPDATED")))).isEqualTo(fixtures.userId(staff));
        assertThat(events(plain, "USER_UPDATED")).as("a user without the permission is left as they are").isEmpty();

        BulkResult locked = run(BulkAction.LOCK, plain, secondAdmin);
        BulkResult deleted = run(BulkAction.DELETE, secondAdmin);

        assertThat(reasons(locked)).containsExactly("done", "user.error.last-administrator-lock");
        assertThat(reasons(deleted)).containsExactly("user.error.last-administrator-delete");
        assertThat(status(secondAdmin)).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void only_a_permission_the_company_is_entitled_to_is_granted() {
        String first = fixtures.user(company);
        String second = fixtures.user(company, "VIEW_PRICES");
        signIn.as(admin);
        long adminId = fixtures.userId(admin);
        int refusalsBefore = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(adminId).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")));

        BulkResult refused = runWith(BulkAction.GRANT_PERMISSION, "PREPARE_QUOTES", first, second);
        BulkResult granted = runWith(BulkAction.GRANT_PERMISSION, "VIEW_PRICES", first, second);

        assertThat(reasons(refused)).containsOnly("user.error.permission-not-entitled.one");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(adminId).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED"))))
                .isEqualTo(refusalsBefore + 2);
        assertThat(reasons(granted)).containsExactly("done", "done");
        assertThat(db.fetchCount(USER_PERMISSION, USER_PERMISSION.PERMISSION_CODE.eq("VIEW_PRICES")
                .and(USER_PERMISSION.USER_ID.in(fixtures.userId(first), fixtures.userId(second))))).isEqualTo(2);
        assertThat(db.fetchValue(AUDIT_EVENT.AFTER_STATE, AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(first))
                .and(AUDIT_EVENT.ACTION.eq("USER_UPDATED"))).data()).contains("VIEW_PRICES");
        assertThat(events(second, "USER_UPDATED")).as("who held it already is left as they are").isEmpty();
        assertThat(db.fetchValue(APP_USER.VERSION, APP_USER.EMAIL.eq(first))).as("an open edit form sees the change")
                .isEqualTo(1);
    }

    @Test
    void another_companys_user_among_the_selected_is_refused_audited_and_left_alone() {
        String colleague = fixtures.user(company);
        String stranger = fixtures.user(fixtures.company());
        signIn.as(admin);

        List<BulkTarget> targets = bulk.targets(company, List.of(fixtures.userId(colleague), fixtures.userId(stranger)));
        BulkResult result = bulk.run(company, BulkAction.LOCK, null, targets, watching(-1, new ArrayList<>()));

        assertThat(targets.get(1)).isEqualTo(new BulkTarget(fixtures.userId(stranger), null, null));
        assertThat(reasons(result)).containsExactly("done", "bulk.refused.not-allowed");
        assertThat(status(colleague)).isEqualTo(UserStatus.LOCKED);
        assertThat(status(stranger)).isEqualTo(UserStatus.ACTIVE);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(stranger))))).isEqualTo(1);
    }

    @Test
    void resending_invitations_invites_the_invited_and_refuses_those_who_set_a_password() {
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        String active = fixtures.user(company);
        signIn.as(admin);

        BulkResult result = run(BulkAction.RESEND_INVITATION, invited, active);

        assertThat(reasons(result)).containsExactly("done", "user.error.not-invited");
        assertThat(events(invited, "INVITATION_SENT")).hasSize(1);
    }

    @Test
    void cancelling_leaves_the_rest_as_they_are() {
        List<String> users = List.of(fixtures.user(company), fixtures.user(company), fixtures.user(company));
        signIn.as(admin);
        var taken = new ArrayList<Integer>();

        BulkResult result = bulk.run(company, BulkAction.LOCK, null,
                bulk.targets(company, users.stream().map(fixtures::userId).toList()), watching(2, taken));

        assertThat(taken).containsExactly(1, 2);
        assertThat(result.notStarted()).isEqualTo(1);
        assertThat(status(users.get(2))).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void a_run_on_another_thread_acts_as_the_user_who_started_it_and_no_longer_once_they_are_locked() throws Exception {
        String colleague = fixtures.user(company);
        String later = fixtures.user(company);
        signIn.as(admin);
        List<BulkTarget> targets = bulk.targets(company, List.of(fixtures.userId(colleague)));
        var result = new AtomicReference<BulkResult>();

        runs.start(() -> result.set(bulk.run(company, BulkAction.LOCK, null, targets, watching(-1, new ArrayList<>()))))
                .get(30, TimeUnit.SECONDS);

        assertThat(reasons(result.get())).containsExactly("done");
        assertThat(db.fetchValue(AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(colleague))
                .and(AUDIT_EVENT.ACTION.eq("USER_LOCKED")))).isEqualTo(fixtures.userId(admin));

        var refused = new AtomicReference<Throwable>();
        List<BulkTarget> next = bulk.targets(company, List.of(fixtures.userId(later)));
        db.update(APP_USER).set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.EMAIL.eq(admin)).execute();
        runs.start(() -> {
            try {
                bulk.run(company, BulkAction.LOCK, null, next, watching(-1, new ArrayList<>()));
            } catch (RuntimeException e) {
                refused.set(e);
            }
        }).get(30, TimeUnit.SECONDS);

        assertThat(refused.get()).isInstanceOf(AccessDeniedException.class);
        assertThat(status(later)).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void select_all_matching_gives_every_matching_id_and_refuses_beyond_ten_thousand() {
        String locked = fixtures.userWithStatus(company, UserStatus.LOCKED);
        String active = fixtures.user(company);
        signIn.as(admin);

        assertThat(directory.matchingUserIds(company, null, UserStatus.LOCKED)).containsExactly(fixtures.userId(locked));
        assertThat(directory.matchingUserIds(company, active.substring(0, 13).toUpperCase(), null))
                .containsExactly(fixtures.userId(active));
        assertThat(directory.matchingUserIds(company, "", null)).hasSize(3);

        long big = fixtures.company();
        db.execute("insert into app_user (kind, company_id, email, first_name, last_name, status) "
                + "select 'DISTRIBUTOR_USER', ?, 'many-' || g || '-' || ? || '@example.com', 'Anna', 'Nowak', 'INVITED' "
                + "from generate_series(1, 10001) g", big, big);
        signIn.as(fixtures.staff());
        assertThatThrownBy(() -> directory.matchingUserIds(big, null, null)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("bulk.error.too-many"));
        assertThat(directory.matchingUserIds(big, null, UserStatus.ACTIVE)).isEmpty();
        db.deleteFrom(APP_USER).where(APP_USER.COMPANY_ID.eq(big)).execute();
    }
}
