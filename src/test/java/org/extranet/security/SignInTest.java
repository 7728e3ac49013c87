package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.base.UserStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@SpringBootTest
class SignInTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired SignInAccounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    private Authentication signIn(String email, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    @Test
    void an_active_user_signs_in_with_their_password_in_any_letter_case_of_the_email() {
        String email = fixtures.user(fixtures.company(), "MANAGE_USERS", "VIEW_PRICES");

        var authentication = signIn(email.toUpperCase(), Fixtures.PASSWORD);

        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class,
                user -> assertThat(user.id()).isEqualTo(fixtures.userId(email)));
        assertThat(roles(authentication)).containsExactlyInAnyOrder("ROLE_MANAGE_USERS", "ROLE_VIEW_PRICES");
    }

    @Test
    void a_wrong_password_or_an_unknown_address_is_refused_alike() {
        String email = fixtures.user(fixtures.company());

        assertThatThrownBy(() -> signIn(email, "not the password at all"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody-" + email, Fixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_locked_account_is_told_it_is_locked_only_after_the_right_password() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.LOCKED);

        assertThatThrownBy(() -> signIn(email, "a wrong guess of a password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void an_invited_account_without_a_password_cannot_sign_in() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);

        assertThatThrownBy(() -> signIn(email, "")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void signing_in_records_the_time_of_the_last_sign_in() {
        String email = fixtures.user(fixtures.company());
        var authentication = signIn(email, Fixtures.PASSWORD);

        accounts.recordSignIn(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));

        assertThat(db.select(APP_USER.LAST_SIGN_IN_AT).from(APP_USER).where(APP_USER.ID.eq(fixtures.userId(email)))
                .fetchSingle(APP_USER.LAST_SIGN_IN_AT)).isNotNull();
    }

    @Test
    void a_session_ends_once_its_user_is_locked_or_their_session_generation_moves_on() {
        String email = fixtures.user(fixtures.company());
        long id = fixtures.userId(email);
        var principal = (SignedInUser) signIn(email, Fixtures.PASSWORD).getPrincipal();
        assertThat(accounts.refresh(principal, null).user()).isSameAs(principal);

        db.update(APP_USER).set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
        assertThat(accounts.refresh(principal, null)).isNull();

        var fresh = (SignedInUser) signIn(email, Fixtures.PASSWORD).getPrincipal();
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .where(APP_USER.ID.eq(id)).execute();
        assertThat(accounts.refresh(fresh, null)).isNull();
    }

    @Test
    void a_session_sees_permissions_change_on_its_next_request() {
        long company = fixtures.company();
        String email = fixtures.user(company, "VIEW_PRICES");
        var principal = (SignedInUser) signIn(email, Fixtures.PASSWORD).getPrincipal();

        db.insertInto(USER_PERMISSION)
                .set(USER_PERMISSION.USER_ID, fixtures.userId(email))
                .set(USER_PERMISSION.COMPANY_ID, company)
                .set(USER_PERMISSION.PERMISSION_CODE, "MANAGE_USERS")
                .execute();

        assertThat(accounts.refresh(principal, null).user().getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEW_PRICES", "ROLE_MANAGE_USERS");
    }

    @Test
    void staff_are_marked_as_staff() {
        var authentication = signIn(fixtures.staff(), Fixtures.PASSWORD);

        assertThat(roles(authentication)).containsExactly("ROLE_SERVICE_STAFF");
    }
}
