package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.SignIn;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.base.Refusal;
import org.extranet.base.SortOrder;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.password.LinkState;
import org.extranet.password.PasswordLinks;
import org.extranet.user.UserListQuery.SortKey;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class UserAdministrationTest {

    @Autowired UserAdministration users;
    @Autowired UserDirectory userDirectory;
    @Autowired SignInSupport signInSupport;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired PasswordLinks passwordLinks;
    @Autowired MailedLinks mailedLinks;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithAnAdministrator() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static UserData newUser(String email, String... permissions) {
        return new UserData(email, "Jan", "Kowalski", "+48 600 100 200", Language.PL, Set.of(permissions));
    }

    private AppUserRecord row(String email) {
        return db.selectFrom(APP_USER).where(APP_USER.EMAIL.lower().eq(email.toLowerCase())).fetchOne();
    }

    private int refusals(long actorId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(actorId).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")));
    }

    @SafeVarargs
    private UserListQuery query(String search, UserStatus status, SortOrder<SortKey>... sort) {
        return new UserListQuery(company, search, status, new PageRequest<>(0, 50, List.of(sort)));
    }

    @Test
    void an_administrator_creates_an_invited_user_with_permissions_and_the_audit_log_says_so() {
        signIn.as(admin);
        String email = Fixtures.unique("new") + "@example.com";

        long id = users.createUser(company, newUser(email, "PLACE_ORDERS", "VIEW_PRICES"), false);

        assertThat(row(email).getStatus()).isEqualTo(UserStatus.INVITED);
        assertThat(row(email).getCompanyId()).isEqualTo(company);
        assertThat(db.select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION).where(USER_PERMISSION.USER_ID.eq(id))
                .fetch(USER_PERMISSION.PERMISSION_CODE)).containsExactlyInAnyOrder("PLACE_ORDERS", "VIEW_PRICES");
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(id)).fetchSingle();
        assertThat(event.getAction()).isEqualTo("USER_CREATED");
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(admin));
        assertThat(event.getAfterState().data()).contains(email).doesNotContain("Kowalski");
    }

    @Test
    void an_email_address_already_in_use_in_any_letter_case_is_refused_at_the_email_field_and_nothing_is_written() {
        String existing = fixtures.user(fixtures.company());
        signIn.as(admin);
        int before = db.fetchCount(APP_USER);

        assertThatThrownBy(() -> users.createUser(company, newUser(existing.toUpperCase(), "PLACE_ORDERS"), true))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> {
                    assertThat(e.field()).isEqualTo(UserField.EMAIL);
                    assertThat(e.messageKey()).isEqualTo("user.error.email-taken");
                });
        assertThat(db.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void bad_input_is_refused_at_its_field() {
        signIn.as(admin);
        String email = Fixtures.unique("x") + "@example.com";

        assertThatThrownBy(() -> users.createUser(company, newUser("not an address"), false))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(UserField.EMAIL));
        assertThatThrownBy(() -> users.createUser(company,
                new UserData(email, " ", "Nowak", null, Language.EN, Set.of()), false))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(UserField.FIRST_NAME));
        assertThatThrownBy(() -> users.createUser(company,
                new UserData(email, "Ewa", "Nowak", "call me maybe", Language.EN, Set.of()), false))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(UserField.PHONE));
        assertThat(row(email)).isNull();
    }

    @Test
    void an_administrator_cannot_grant_a_permission_the_company_is_not_entitled_to() {
        long smallCompany = fixtures.company(List.of("MANAGE_USERS", "VIEW_ORDERS"));
        String smallAdmin = fixtures.user(smallCompany, "MANAGE_USERS");
        signIn.as(smallAdmin);
        String email = Fixtures.unique("greedy") + "@example.com";

        assertThatThrownBy(() -> users.createUser(smallCompany, newUser(email, "VIEW_ORDERS", "VIEW_INVOICES"), false))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(UserField.PERMISSIONS));
        assertThat(row(email)).isNull();
        assertThat(refusals(fixtures.userId(smallAdmin))).isEqualTo(1);
        assertThat(userDirectory.grantablePermissions(smallCompany)).containsExactly("MANAGE_USERS", "VIEW_ORDERS");
    }

    @Test
    void an_administrator_sees_only_their_own_company_and_is_refused_and_audited_elsewhere() {
        long otherCompany = fixtures.company();
        String stranger = fixtures.user(otherCompany, "PLACE_ORDERS");
        long strangerId = fixtures.userId(stranger);
        signIn.as(admin);
        long adminId = fixtures.userId(admin);

        assertThatThrownBy(() -> userDirectory.listUsers(new UserListQuery(otherCompany, null, null, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userDirectory.countUsers(new UserListQuery(otherCompany, null, null, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createUser(otherCompany, newUser(Fixtures.unique("in") + "@example.com"), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userDirectory.userForEdit(strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.updateUser(strangerId, 0, newUser(stranger))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInSupport.lockUser(strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInSupport.unlockUser(strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.deleteUser(strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInSupport.sendInvitation(strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userDirectory.grantablePermissions(otherCompany)).isInstanceOf(AccessDeniedException.class);

        assertThat(row(stranger).getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(row(stranger).getVersion()).isZero();
        assertThat(refusals(adminId)).isEqualTo(10);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(adminId)
                .and(AUDIT_EVENT.COMPANY_ID.eq(otherCompany)))).isEqualTo(10);
    }

    @Test
    void a_user_id_that_does_not_exist_is_refused_like_one_of_another_company() {
        signIn.as(admin);

        assertThatThrownBy(() -> signInSupport.lockUser(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void users_without_the_manage_users_permission_get_nothing() {
        String plainUser = fixtures.user(company, "PLACE_ORDERS", "VIEW_PRICES");
        String colleague = fixtures.user(company);
        signIn.as(plainUser);

        assertThatThrownBy(() -> userDirectory.listUsers(query(null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createUser(company, newUser(Fixtures.unique("u") + "@example.com"), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInSupport.lockUser(fixtures.userId(colleague))).isInstanceOf(AccessDeniedException.class);
        assertThat(row(colleague).getStatus()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void a_locked_administrator_can_do_nothing_even_with_a_session_still_open() {
        String otherAdmin = fixtures.user(company, "MANAGE_USERS");
        String colleague = fixtures.user(company);
        signIn.as(otherAdmin);
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .where(APP_USER.ID.eq(fixtures.userId(otherAdmin))).execute();

        assertThatThrownBy(() -> signInSupport.lockUser(fixtures.userId(colleague))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_locks_or_deletes_themselves() {
        fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);
        long me = fixtures.userId(admin);

        assertThatThrownBy(() -> signInSupport.lockUser(me))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.cannot-lock-self"));
        assertThatThrownBy(() -> users.deleteUser(me))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.cannot-delete-self"));
        assertThat(row(admin).getStatus()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void the_last_active_administrator_cannot_be_locked_deleted_or_lose_the_permission() {
        long adminId = fixtures.userId(admin);
        signIn.as(fixtures.staff());
        var adminData = userDirectory.userForEdit(adminId);

        assertThatThrownBy(() -> signInSupport.lockUser(adminId)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> users.deleteUser(adminId)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> users.updateUser(adminId, adminData.version(), new UserData(admin, "Test", "Admin", null,
                Language.EN, Set.of("PLACE_ORDERS"))))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.error.last-administrator-permission"));
        assertThat(row(admin).getStatus()).isEqualTo(UserStatus.ACTIVE);

        String secondAdmin = fixtures.user(company, "MANAGE_USERS");
        signInSupport.lockUser(adminId);
        assertThat(row(admin).getStatus()).isEqualTo(UserStatus.LOCKED);
        assertThatThrownBy(() -> signInSupport.lockUser(fixtures.userId(secondAdmin))).isInstanceOf(Refusal.class);
    }

    @Test
    void two_administrators_locking_each_other_at_once_cannot_leave_the_company_without_one() throws Exception {
        String otherAdmin = fixtures.user(company, "MANAGE_USERS");
        long adminId = fixtures.userId(admin);
        long otherId = fixtures.userId(otherAdmin);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> results = new ArrayList<>();
            results.add(pool.submit(() -> lockAs(admin, otherId, start)));
            results.add(pool.submit(() -> lockAs(otherAdmin, adminId, start)));
            start.countDown();
            int succeeded = 0;
            for (var result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        }
        assertThat(db.fetchCount(APP_USER, APP_USER.ID.in(adminId, otherId).and(APP_USER.STATUS.eq(UserStatus.ACTIVE)))).isEqualTo(1);
    }

    private boolean lockAs(String email, long target, CountDownLatch start) throws InterruptedException {
        signIn.as(email);
        start.await();
        try {
            signInSupport.lockUser(target);
            return true;
        } catch (Refusal | AccessDeniedException refused) {
            return false;
        } finally {
            signIn.out();
        }
    }

    @Test
    void locking_ends_sessions_and_unlocking_restores_the_previous_state() {
        String active = fixtures.user(company);
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        signIn.as(admin);
        int generation = row(active).getSessionGeneration();

        signInSupport.lockUser(fixtures.userId(active));
        signInSupport.lockUser(fixtures.userId(invited));

        assertThat(row(active).getStatus()).isEqualTo(UserStatus.LOCKED);
        assertThat(row(active).getLockedBy()).isEqualTo(fixtures.userId(admin));
        assertThat(row(active).getSessionGeneration()).isEqualTo(generation + 1);
        assertThat(userDirectory.listUsers(query(null, UserStatus.LOCKED))).extracting(UserRow::email)
                .containsExactlyInAnyOrder(active, invited);

        signInSupport.unlockUser(fixtures.userId(active));
        signInSupport.unlockUser(fixtures.userId(invited));

        assertThat(row(active).getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(row(active).getLockedAt()).isNull();
        assertThat(row(invited).getStatus()).isEqualTo(UserStatus.INVITED);
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(active)))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION)).containsExactly("USER_LOCKED", "USER_UNLOCKED");
    }

    @Test
    void deleting_removes_the_user_and_their_personal_data_while_the_audit_log_keeps_the_address() {
        String leaver = fixtures.user(company, "VIEW_INVOICES");
        long leaverId = fixtures.userId(leaver);
        signIn.as(admin);

        users.deleteUser(leaverId);

        assertThat(row(leaver)).isNull();
        assertThat(db.fetchCount(USER_PERMISSION, USER_PERMISSION.USER_ID.eq(leaverId))).isZero();
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_LABEL.eq(leaver)).fetchSingle();
        assertThat(event.getAction()).isEqualTo("USER_DELETED");
        assertThat(event.getBeforeState().data()).contains(leaver, "VIEW_INVOICES").doesNotContain("Test");
    }

    @Test
    void saving_over_a_change_made_meanwhile_is_refused_instead_of_overwriting_it() {
        String colleague = fixtures.user(company, "VIEW_PRICES");
        long id = fixtures.userId(colleague);
        signIn.as(admin);
        var opened = userDirectory.userForEdit(id);
        var data = opened.data();

        users.updateUser(id, opened.version(), new UserData(data.email(), "Changed", data.lastName(), data.phone(),
                data.language(), data.permissions()));

        assertThatThrownBy(() -> users.updateUser(id, opened.version(), new UserData(data.email(), data.firstName(),
                "Overwritten", data.phone(), data.language(), Set.of("PLACE_ORDERS"))))
                .isInstanceOfSatisfying(ConcurrentChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.error.changed-meanwhile"));
        assertThat(row(colleague).getFirstName()).isEqualTo("Changed");
        assertThat(row(colleague).getLastName()).isNotEqualTo("Overwritten");
        assertThat(userDirectory.userForEdit(id).data().permissions()).containsExactly("VIEW_PRICES");
    }

    @Test
    void editing_changes_data_and_permissions_and_audits_before_and_after() {
        String colleague = fixtures.user(company, "VIEW_PRICES");
        long id = fixtures.userId(colleague);
        signIn.as(admin);
        var opened = userDirectory.userForEdit(id);
        String newEmail = Fixtures.unique("renamed") + "@example.com";

        users.updateUser(id, opened.version(), new UserData(newEmail, "Ola", "Nowa", "22 555 01 01", Language.PL,
                Set.of("PLACE_ORDERS", "VIEW_ORDERS")));

        var edited = userDirectory.userForEdit(id);
        assertThat(edited.version()).isEqualTo(opened.version() + 1);
        assertThat(edited.data()).isEqualTo(new UserData(newEmail, "Ola", "Nowa", "22 555 01 01", Language.PL,
                Set.of("PLACE_ORDERS", "VIEW_ORDERS")));
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(id)
                .and(AUDIT_EVENT.ACTION.eq("USER_UPDATED"))).fetchSingle();
        assertThat(event.getBeforeState().data()).contains(colleague, "VIEW_PRICES");
        assertThat(event.getAfterState().data()).contains(newEmail, "PLACE_ORDERS", "firstName", "lastName", "phone");
    }

    @Test
    void the_list_searches_filters_sorts_and_pages_in_the_database() {
        String lockedOne = fixtures.userWithStatus(company, UserStatus.LOCKED);
        fixtures.user(company);
        fixtures.user(company);
        signIn.as(admin);

        assertThat(userDirectory.countUsers(query(null, null))).isEqualTo(4);
        assertThat(userDirectory.listUsers(query(lockedOne.substring(2, 12).toUpperCase(), null))).extracting(UserRow::email)
                .containsExactly(lockedOne);
        assertThat(userDirectory.listUsers(query(null, UserStatus.LOCKED))).extracting(UserRow::email).containsExactly(lockedOne);
        assertThat(userDirectory.listUsers(query("%", null))).isEmpty();

        var byEmailDescending = userDirectory.listUsers(query(null, null, new SortOrder<>(SortKey.EMAIL, true)));
        assertThat(byEmailDescending).extracting(UserRow::email)
                .isSortedAccordingTo((a, b) -> b.toLowerCase().compareTo(a.toLowerCase()));
        var secondPage = userDirectory.listUsers(new UserListQuery(company, null, null,
                new PageRequest<>(2, 2, List.of(new SortOrder<>(SortKey.EMAIL, true)))));
        assertThat(secondPage).extracting(UserRow::email).containsExactlyElementsOf(
                byEmailDescending.subList(2, 4).stream().map(UserRow::email).toList());
        assertThat(userDirectory.listUsers(query(null, null)).getFirst().permissions()).isNotNull();
    }

    @Test
    void staff_manage_any_company_on_its_behalf_and_the_audit_log_says_so() {
        String colleague = fixtures.user(company);
        String staff = fixtures.staff();
        signIn.as(staff);

        signInSupport.lockUser(fixtures.userId(colleague));

        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(colleague))).fetchSingle();
        assertThat(event.getOnBehalf()).isTrue();
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getActorLabel()).contains(staff);
    }

    private int mailsTo(String email) {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("INVITATION")));
    }

    private int invitationLinks(long userId) {
        return db.fetchCount(ONE_TIME_TOKEN, ONE_TIME_TOKEN.USER_ID.eq(userId)
                .and(ONE_TIME_TOKEN.PURPOSE.eq("INVITATION")).and(ONE_TIME_TOKEN.USED_AT.isNull()));
    }

    @Test
    void create_and_notify_queues_the_welcome_mail_in_the_users_language_with_a_single_use_link() {
        signIn.as(admin);
        String email = Fixtures.unique("welcome") + "@example.com";

        long id = users.createUser(company, new UserData(email, "Ewa", "Nowak", null, Language.EN, Set.of("VIEW_PRICES")), true);

        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).fetchSingle();
        assertThat(mail.getKind()).isEqualTo("INVITATION");
        assertThat(mail.getLanguage()).isEqualTo("en");
        assertThat(mail.getStatus()).isEqualTo("PENDING");
        assertThat(mail.getTextBody()).contains("Ewa", "/set-password?token=");
        assertThat(invitationLinks(id)).isEqualTo(1);
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(id))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION)).containsExactly("USER_CREATED", "INVITATION_SENT");
    }

    @Test
    void a_user_created_without_mail_gets_none_and_can_be_invited_later_and_again_with_the_old_link_voided() {
        signIn.as(admin);
        String email = Fixtures.unique("later") + "@example.com";
        long id = users.createUser(company, newUser(email), false);
        assertThat(mailsTo(email)).isZero();
        assertThat(invitationLinks(id)).isZero();

        signInSupport.sendInvitation(id);
        String firstToken = mailedLinks.token(email, "INVITATION");
        assertThat(passwordLinks.check(firstToken)).isInstanceOf(LinkState.Valid.class);
        signInSupport.sendInvitation(id);

        assertThat(mailsTo(email)).isEqualTo(2);
        assertThat(invitationLinks(id)).isEqualTo(1);
        assertThat(passwordLinks.check(firstToken)).isEqualTo(new LinkState.Unknown());
    }

    @Test
    void only_invited_users_can_be_invited() {
        String active = fixtures.user(company);
        signIn.as(admin);

        assertThatThrownBy(() -> signInSupport.sendInvitation(fixtures.userId(active)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.not-invited"));
        assertThat(mailsTo(active)).isZero();
    }

    @Test
    void an_administrator_learns_their_own_company_while_staff_and_plain_users_are_refused() {
        signIn.as(admin);
        assertThat(userDirectory.myCompany().id()).isEqualTo(company);
        assertThat(userDirectory.myCompany().name()).isEqualTo(fixtures.companyName(company));

        String plainUser = fixtures.user(company, "PLACE_ORDERS");
        signIn.as(plainUser);
        assertThatThrownBy(() -> userDirectory.myCompany()).isInstanceOf(AccessDeniedException.class);
        assertThat(refusals(fixtures.userId(plainUser))).isEqualTo(1);

        signIn.as(fixtures.staff());
        assertThatThrownBy(() -> userDirectory.myCompany()).isInstanceOf(AccessDeniedException.class);
    }
}
