package org.extranet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.PASSKEY;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Refusal;
import org.extranet.secondfactor.Authenticators;
import org.extranet.security.SignInFactors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A staff member who lost their second factor has no company administrator: a colleague removes it,
 * on record and told by mail; never their own, never a company user's through this door.
 */
@SpringBootTest
class StaffAccountsTest {

    @Autowired StaffAccounts staff;
    @Autowired Authenticators authenticators;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    String colleague;
    long colleagueId;
    String me;

    @BeforeEach
    void twoStaffMembers() {
        colleague = fixtures.staff();
        colleagueId = fixtures.userId(colleague);
        authenticators.enrol(colleague);
        fixtures.passkey(colleague, "Phone");
        me = fixtures.staff();
        authenticators.enrol(me);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_are_listed_with_their_second_factor_and_whose_row_is_ones_own() {
        String companyUser = fixtures.user(fixtures.company());
        signIn.as(me);

        var accounts = staff.staffAccounts();

        assertThat(accounts).filteredOn(account -> account.email().equals(colleague)).singleElement()
                .satisfies(account -> {
                    assertThat(account.secondFactorSince()).isNotNull();
                    assertThat(account.yourself()).isFalse();
                });
        assertThat(accounts).filteredOn(account -> account.email().equals(me)).singleElement()
                .satisfies(account -> assertThat(account.yourself()).isTrue());
        assertThat(accounts).extracting(StaffAccount::email).doesNotContain(companyUser);
    }

    @Test
    void a_colleagues_lost_factor_is_removed_on_record_and_they_are_told() {
        signIn.as(me);

        staff.removeSecondFactor(colleagueId);

        assertThat(db.fetchCount(PASSKEY, PASSKEY.USER_ID.eq(colleagueId))).isZero();
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REMOVED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(colleagueId))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(me));
        assertThat(event.getBeforeState().data()).contains("authenticator app, 1 passkey");
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(colleague)
                .and(MAIL_OUTBOX.KIND.eq("SECOND_FACTOR_RESET")))).isOne();
        // Staff must have one: the next sign-in sets up a new one right after the password.
        signIn.passwordOnly(colleague);
        assertThat(SignInFactors.secondFactorPending()).isTrue();
    }

    @Test
    void ones_own_factor_is_not_removed_here() {
        signIn.as(me);

        assertThatThrownBy(() -> staff.removeSecondFactor(fixtures.userId(me))).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("staff.error.own-second-factor"));
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REMOVED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(me))))).isZero();
    }

    @Test
    void a_company_users_factor_goes_through_their_administrator_not_through_the_staff_list() {
        String user = fixtures.user(fixtures.company());
        authenticators.enrol(user);
        signIn.as(me);

        assertThatThrownBy(() -> staff.removeSecondFactor(fixtures.userId(user))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(user))))).isOne();
    }
}
