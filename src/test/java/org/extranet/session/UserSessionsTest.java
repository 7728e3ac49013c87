package org.extranet.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Duration;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.user.SignInSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A user's sessions in the user edit window: their company's administrators and staff see them and
 * sign the user out everywhere; anyone else is refused, and the attempt is on record.
 */
@SpringBootTest
class UserSessionsTest {

    @Autowired UserSessions sessions;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired SignInSupport signInSupport;

    long company;
    String user;
    long phone;
    long laptop;

    @BeforeEach
    void aUserSignedInTwice() {
        company = fixtures.company();
        user = fixtures.user(company, "VIEW_PRICES");
        phone = fixtures.session(user, "Mobile Safari", "iOS", "198.51.100.7", Duration.ofHours(1), Duration.ofMinutes(2));
        laptop = fixtures.session(user, "Firefox", "Windows", "198.51.100.8");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private boolean ended(long session) {
        return db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(session)) != null;
    }

    private int events(String action, long actorId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ACTOR_ID.eq(actorId)));
    }

    @Test
    void the_companys_administrator_sees_the_sessions_and_signs_the_user_out_everywhere() {
        String administrator = fixtures.user(company, "MANAGE_USERS");
        signIn.as(administrator);

        assertThat(sessions.sessionsOf(fixtures.userId(user))).extracting(SignedInSession::id).containsExactly(laptop, phone);
        assertThat(sessions.sessionsOf(fixtures.userId(user))).noneMatch(SignedInSession::current);

        assertThat(sessions.signOutEverywhere(fixtures.userId(user))).isEqualTo(2);

        assertThat(ended(phone)).isTrue();
        assertThat(ended(laptop)).isTrue();
        assertThat(sessions.sessionsOf(fixtures.userId(user))).isEmpty();
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SESSIONS_ENDED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(user)))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(administrator));
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getAfterState().data()).contains("Firefox, Windows, 198.51.100.8", "Mobile Safari, iOS, 198.51.100.7");
    }

    @Test
    void staff_do_the_same_for_any_company_on_its_behalf() {
        String staff = fixtures.staff();
        signIn.as(staff);

        assertThat(sessions.sessionsOf(fixtures.userId(user))).hasSize(2);
        assertThat(sessions.signOutEverywhere(fixtures.userId(user))).isEqualTo(2);

        assertThat(ended(phone)).isTrue();
        assertThat(db.fetchValue(AUDIT_EVENT.ON_BEHALF, AUDIT_EVENT.ACTION.eq("SESSIONS_ENDED")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))))).isTrue();
    }

    @Test
    void an_administrator_of_another_company_is_refused_and_it_is_on_record() {
        String intruder = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(intruder);

        assertThatThrownBy(() -> sessions.sessionsOf(fixtures.userId(user))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.signOutEverywhere(fixtures.userId(user))).isInstanceOf(AccessDeniedException.class);

        assertThat(ended(phone)).isFalse();
        assertThat(ended(laptop)).isFalse();
        assertThat(events("ACCESS_REFUSED", fixtures.userId(intruder))).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED").and(AUDIT_EVENT.COMPANY_ID.eq(company))
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(user))))).as("under the user's company").isEqualTo(2);
    }

    @Test
    void a_colleague_without_manage_users_is_refused() {
        signIn.as(fixtures.user(company, "PLACE_ORDERS"));

        assertThatThrownBy(() -> sessions.signOutEverywhere(fixtures.userId(user))).isInstanceOf(AccessDeniedException.class);
        assertThat(ended(phone)).isFalse();
    }

    @Test
    void staff_members_own_sessions_are_no_companys_to_end() {
        String staffMember = fixtures.staff();
        fixtures.session(staffMember, "Chrome", "Linux", "198.51.100.9");
        signIn.as(fixtures.staff());

        assertThatThrownBy(() -> sessions.signOutEverywhere(fixtures.userId(staffMember))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_locked_user_has_no_live_sessions() {
        signIn.as(fixtures.user(company, "MANAGE_USERS"));

        // Their sessions end at their next request: no record of them counts as live meanwhile.
        signInSupport.lockUser(fixtures.userId(user));

        assertThat(sessions.sessionsOf(fixtures.userId(user))).isEmpty();
    }
}
