package org.extranet.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** "Your sessions": the user's live sessions, and signing out one of them or all but this one. */
@SpringBootTest
class MySessionsTest {

    @Autowired MySessions sessions;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    String email;
    long here;

    @BeforeEach
    void signedInHere() {
        email = fixtures.user(fixtures.company());
        here = fixtures.session(email, "Firefox", "Windows", "192.0.2.10", Duration.ofHours(2), Duration.ofMinutes(1));
        signIn.as(email);
        signIn.inSession(here);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private boolean ended(long session) {
        return db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(session)) != null;
    }

    private int auditEvents(String action, long userId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)));
    }

    @Test
    void lists_the_live_sessions_this_one_first_and_marked() {
        long phone = fixtures.session(email, "Mobile Safari", "iOS", "198.51.100.7", Duration.ofHours(1), Duration.ofMinutes(3));
        long unknown = fixtures.session(email, null, null, "198.51.100.8", Duration.ofMinutes(5), Duration.ZERO);
        // Over: signed out, idle past the timeout (30 min and the minute a record may lag),
        // past the absolute lifetime (12 h), and from before a password change elsewhere.
        long signedOut = fixtures.session(email, "Chrome", "Linux", "198.51.100.9");
        db.update(USER_SESSION).set(USER_SESSION.ENDED_AT, OffsetDateTime.now(clock)).where(USER_SESSION.ID.eq(signedOut)).execute();
        fixtures.session(email, "Chrome", "Linux", "198.51.100.9", Duration.ofHours(1), Duration.ofMinutes(32));
        fixtures.session(email, "Chrome", "Linux", "198.51.100.9", Duration.ofHours(12).plusMinutes(1), Duration.ZERO);
        long older = fixtures.session(email, "Chrome", "Linux", "198.51.100.9");
        db.update(USER_SESSION).set(USER_SESSION.SESSION_GENERATION, USER_SESSION.SESSION_GENERATION.minus(1))
                .where(USER_SESSION.ID.eq(older)).execute();
        // Somebody else's.
        fixtures.session(fixtures.user(fixtures.company()), "Edge", "Windows", "203.0.113.1");

        var mine = sessions.mySessions();

        assertThat(mine).extracting(SignedInSession::id).containsExactly(here, unknown, phone);
        assertThat(mine.getFirst()).satisfies(session -> {
            assertThat(session.current()).isTrue();
            assertThat(session.browser()).isEqualTo("Firefox");
            assertThat(session.system()).isEqualTo("Windows");
            assertThat(session.clientAddress()).isEqualTo("192.0.2.10");
        });
        assertThat(mine.subList(1, 3)).noneMatch(SignedInSession::current);
        assertThat(mine.get(1).browser()).isNull();
    }

    @Test
    void a_session_idle_for_less_than_the_timeout_and_the_minute_its_record_may_lag_is_listed() {
        long quiet = fixtures.session(email, "Chrome", "Linux", "198.51.100.9", Duration.ofHours(1), Duration.ofMinutes(30).plusSeconds(30));

        assertThat(sessions.mySessions()).extracting(SignedInSession::id).contains(quiet);
    }

    @Test
    void sign_out_ends_that_session_only_and_is_on_record() {
        long phone = fixtures.session(email, "Mobile Safari", "iOS", "198.51.100.7");
        long laptop = fixtures.session(email, "Chrome", "Mac OS X", "198.51.100.8");

        sessions.signOutSession(phone);

        assertThat(ended(phone)).isTrue();
        assertThat(ended(laptop)).isFalse();
        assertThat(ended(here)).isFalse();
        assertThat(sessions.mySessions()).extracting(SignedInSession::id).containsExactly(here, laptop);
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SESSIONS_ENDED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(email)))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(email));
        assertThat(event.getAfterState().data()).contains("Mobile Safari, iOS, 198.51.100.7, signed in ");
    }

    @Test
    void a_session_over_already_stays_as_it_was() {
        long phone = fixtures.session(email, "Mobile Safari", "iOS", "198.51.100.7");
        OffsetDateTime endedAt = OffsetDateTime.now(clock).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        db.update(USER_SESSION).set(USER_SESSION.ENDED_AT, endedAt).where(USER_SESSION.ID.eq(phone)).execute();

        sessions.signOutSession(phone);

        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(phone))).isEqualTo(endedAt);
        assertThat(auditEvents("SESSIONS_ENDED", fixtures.userId(email))).isZero();
    }

    @Test
    void this_session_is_not_signed_out_from_the_list() {
        assertThatThrownBy(() -> sessions.signOutSession(here)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("sessions.error.this-session"));
        assertThat(ended(here)).isFalse();
    }

    @Test
    void a_colleagues_session_is_refused_and_on_record() {
        String colleague = fixtures.user(db.fetchValue(APP_USER.COMPANY_ID, APP_USER.EMAIL.eq(email)));
        long theirs = fixtures.session(colleague, "Chrome", "Linux", "198.51.100.9");

        assertThatThrownBy(() -> sessions.signOutSession(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.signOutSession(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);

        assertThat(ended(theirs)).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email))))).isEqualTo(2);
        assertThat(auditEvents("ACCESS_REFUSED", fixtures.userId(colleague))).as("under the colleague").isOne();
    }

    @Test
    void sign_out_everywhere_else_keeps_this_session() {
        long phone = fixtures.session(email, "Mobile Safari", "iOS", "198.51.100.7");
        long laptop = fixtures.session(email, "Chrome", "Mac OS X", "198.51.100.8");

        assertThat(sessions.signOutEverywhereElse()).isEqualTo(2);

        assertThat(ended(phone)).isTrue();
        assertThat(ended(laptop)).isTrue();
        assertThat(ended(here)).isFalse();
        assertThat(sessions.mySessions()).extracting(SignedInSession::id).containsExactly(here);
        assertThat(auditEvents("SESSIONS_ENDED", fixtures.userId(email))).isOne();
        assertThat(sessions.signOutEverywhereElse()).as("nothing left to sign out").isZero();
        assertThat(auditEvents("SESSIONS_ENDED", fixtures.userId(email))).isOne();
    }
}
