package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountService;
import org.extranet.base.UserStatus;
import org.extranet.user.SignInSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Services refuse a session that should have ended, even should a request of it get past the
 * session check: the acting user's session generation is compared, not only their status.
 */
@SpringBootTest
class StaleSessionTest {

    @Autowired SignIn signIn;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired SignInSupport signInSupport;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private UserStatus status(String email) {
        return db.select(APP_USER.STATUS).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.STATUS);
    }

    @Test
    void a_session_from_before_a_password_change_elsewhere_cannot_administer_users() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS");
        fixtures.user(company, "MANAGE_USERS");
        String colleague = fixtures.user(company);
        signIn.as(administrator);
        // What changing the password on another device does to this session's generation.
        db.update(APP_USER).set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.EMAIL.eq(administrator)).execute();

        assertThatThrownBy(() -> signInSupport.lockUser(fixtures.userId(colleague))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.myAccount()).isInstanceOf(AccessDeniedException.class);
        assertThat(status(colleague)).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void a_session_of_a_locked_user_stays_refused_after_the_unlock() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS");
        String otherAdministrator = fixtures.user(company, "MANAGE_USERS");
        String colleague = fixtures.user(company);
        signIn.as(administrator);
        var staleSession = SecurityContextHolder.getContext();
        signIn.as(otherAdministrator);
        signInSupport.lockUser(fixtures.userId(administrator));
        signInSupport.unlockUser(fixtures.userId(administrator));
        assertThat(status(administrator)).isEqualTo(UserStatus.ACTIVE);

        SecurityContextHolder.setContext(staleSession);

        assertThatThrownBy(() -> signInSupport.lockUser(fixtures.userId(colleague))).isInstanceOf(AccessDeniedException.class);
        assertThat(status(colleague)).isEqualTo(UserStatus.ACTIVE);
        signIn.as(administrator);
        assertThat(accounts.myAccount().email()).as("a fresh sign-in works").isEqualTo(administrator);
    }
}
