package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.UserStatus;
import org.extranet.user.SignInHelp.InvitationState;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SpringBootTest
class SignInHelpTest {

    @Autowired UserAdministration users;
    @Autowired SignInSupport signInSupport;
    @Autowired AuthenticationProvider signInPage;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired Clock clock;

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

    /** A sign-in as the sign-in page makes it, each from its own client address so only the account counts. */
    private Authentication signInAs(String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(Fixtures.unique("client"));
        attempt.setDetails(new WebAuthenticationDetails(request));
        return signInPage.authenticate(attempt);
    }

    /** Five wrong passwords, the default limit. */
    private void blockByWrongPasswords(String email) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signInAs(email, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
    }

    /** Refused although the password is right (the page then says to try again later). */
    private void assertBlocked(String email) {
        assertThatThrownBy(() -> signInAs(email, Fixtures.PASSWORD))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("temporarily blocked");
    }

    private String lastName(String email) {
        return db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(email));
    }

    private int events(String action, long actorId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ACTOR_ID.eq(actorId)));
    }

    @Test
    void a_user_who_can_sign_in_has_no_reason_against_it() {
        long colleague = fixtures.userId(fixtures.user(company));
        signIn.as(admin);

        SignInHelp help = signInSupport.signInHelp(colleague);

        assertThat(help.canSignIn()).isTrue();
        assertThat(help.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(help.lock()).isNull();
        assertThat(help.blockedUntil()).isNull();
        assertThat(help.invitation()).isNull();
    }

    @Test
    void a_locked_user_shows_who_locked_them_and_when() {
        long colleague = fixtures.userId(fixtures.user(company));
        signIn.as(admin);
        signInSupport.lockUser(colleague);

        SignInHelp help = signInSupport.signInHelp(colleague);

        assertThat(help.canSignIn()).isFalse();
        assertThat(help.status()).isEqualTo(UserStatus.LOCKED);
        assertThat(help.lock()).isNotNull();
        assertThat(help.lock().locker()).isEqualTo(new SignInHelp.Locker("Test " + lastName(admin), admin));
        assertThat(help.lock().lockedAt()).isCloseTo(OffsetDateTime.now(clock), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void a_lock_by_someone_whose_account_is_gone_still_says_when() {
        String formerAdmin = fixtures.user(company, "MANAGE_USERS");
        long colleague = fixtures.userId(fixtures.user(company));
        signIn.as(formerAdmin);
        signInSupport.lockUser(colleague);
        signIn.as(admin);
        users.deleteUser(fixtures.userId(formerAdmin));

        SignInHelp help = signInSupport.signInHelp(colleague);

        assertThat(help.lock()).isNotNull();
        assertThat(help.lock().locker()).isNull();
        assertThat(help.lock().lockedAt()).isCloseTo(OffsetDateTime.now(clock), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void a_block_after_failed_attempts_is_reported_and_lifting_it_lets_the_user_sign_in_at_once() {
        String colleague = fixtures.user(company);
        long colleagueId = fixtures.userId(colleague);
        blockByWrongPasswords(colleague);
        signIn.as(admin);

        SignInHelp help = signInSupport.signInHelp(colleagueId);
        assertThat(help.canSignIn()).isFalse();
        assertThat(help.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(help.blockedUntil()).isAfter(OffsetDateTime.now(clock).plusMinutes(10));
        assertBlocked(colleague);

        signInSupport.liftSignInBlock(colleagueId);

        assertThat(signInSupport.signInHelp(colleagueId).blockedUntil()).isNull();
        assertThat(signInSupport.signInHelp(colleagueId).canSignIn()).isTrue();
        assertThat(signInAs(colleague, Fixtures.PASSWORD).isAuthenticated()).isTrue();
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SIGN_IN_BLOCK_LIFTED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(colleagueId))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(admin));
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getSubjectLabel()).isEqualTo(colleague);
        assertThat(event.getBeforeState().data()).contains("blockedUntil");
    }

    @Test
    void lifting_when_nothing_is_blocked_changes_and_audits_nothing() {
        long colleague = fixtures.userId(fixtures.user(company));
        signIn.as(admin);

        signInSupport.liftSignInBlock(colleague);

        assertThat(events("SIGN_IN_BLOCK_LIFTED", fixtures.userId(admin))).isZero();
    }

    @Test
    void an_invited_user_shows_whether_the_invitation_was_sent_is_valid_or_expired() {
        long invited = fixtures.userId(fixtures.userWithStatus(company, UserStatus.INVITED));
        signIn.as(admin);

        SignInHelp notSent = signInSupport.signInHelp(invited);
        assertThat(notSent.canSignIn()).isFalse();
        assertThat(notSent.invitation()).isEqualTo(new SignInHelp.Invitation(InvitationState.NOT_SENT, null));

        signInSupport.sendInvitation(invited);
        var valid = signInSupport.signInHelp(invited).invitation();
        assertThat(valid.state()).isEqualTo(InvitationState.VALID);
        assertThat(valid.expiresAt()).isEqualTo(db.fetchValue(ONE_TIME_TOKEN.EXPIRES_AT, ONE_TIME_TOKEN.USER_ID.eq(invited)));
        assertThat(valid.expiresAt()).isAfter(OffsetDateTime.now(clock));

        // The link was sent long ago and has run out.
        db.update(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.CREATED_AT, OffsetDateTime.now(clock).minusDays(10))
                .set(ONE_TIME_TOKEN.EXPIRES_AT, OffsetDateTime.now(clock).minusDays(3))
                .where(ONE_TIME_TOKEN.USER_ID.eq(invited)).execute();
        var expired = signInSupport.signInHelp(invited).invitation();
        assertThat(expired.state()).isEqualTo(InvitationState.EXPIRED);
        assertThat(expired.expiresAt()).isBefore(OffsetDateTime.now(clock).minusDays(2));
    }

    @Test
    void staff_help_users_of_any_company() {
        String colleague = fixtures.user(company);
        blockByWrongPasswords(colleague);
        signIn.as(fixtures.staff());

        assertThat(signInSupport.signInHelp(fixtures.userId(colleague)).blockedUntil()).isNotNull();
        signInSupport.liftSignInBlock(fixtures.userId(colleague));

        assertThat(signInAs(colleague, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_administrator_of_another_company_is_refused_and_audited_and_the_block_stays() {
        String stranger = fixtures.user(fixtures.company());
        long strangerId = fixtures.userId(stranger);
        blockByWrongPasswords(stranger);
        signIn.as(admin);
        long adminId = fixtures.userId(admin);

        assertThatThrownBy(() -> signInSupport.signInHelp(strangerId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInSupport.liftSignInBlock(strangerId)).isInstanceOf(AccessDeniedException.class);

        assertThat(events("ACCESS_REFUSED", adminId)).isEqualTo(2);
        assertThat(events("SIGN_IN_BLOCK_LIFTED", adminId)).isZero();
        signIn.out();
        assertBlocked(stranger);
    }

    @Test
    void users_without_the_manage_users_permission_are_refused() {
        String plainUser = fixtures.user(company, "PLACE_ORDERS");
        String colleague = fixtures.user(company);
        long colleagueId = fixtures.userId(colleague);
        blockByWrongPasswords(colleague);
        signIn.as(plainUser);

        assertThatThrownBy(() -> signInSupport.signInHelp(colleagueId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInSupport.liftSignInBlock(colleagueId)).isInstanceOf(AccessDeniedException.class);

        assertThat(events("ACCESS_REFUSED", fixtures.userId(plainUser))).isEqualTo(2);
        signIn.as(admin);
        assertThat(signInSupport.signInHelp(colleagueId).blockedUntil()).isNotNull();
    }
}
