package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest
class CurrentUserTest {

    @Autowired SignInAccounts accounts;
    @Autowired SignIn signIn;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Actors actors;

    @AfterEach
    void cleanUp() {
        signIn.out();
        RequestContextHolder.resetRequestAttributes();
    }

    private static SignedInUser principal() {
        return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    private int nextGeneration(String email) {
        return db.update(APP_USER).set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.EMAIL.eq(email)).returning(APP_USER.SESSION_GENERATION)
                .fetchSingle(APP_USER.SESSION_GENERATION);
    }

    @Test
    void a_session_continued_with_the_new_generation_survives_the_check_that_ends_the_others() {
        String email = fixtures.user(fixtures.company(), "VIEW_PRICES");
        signIn.as(email);
        var before = SecurityContextHolder.getContext().getAuthentication();
        int generation = nextGeneration(email);
        assertThat(accounts.refresh(principal(), null)).as("a session of the old generation ends").isNull();

        CurrentUser.continueWithSessionGeneration(generation);

        assertThat(principal().sessionGeneration()).isEqualTo(generation);
        assertThat(accounts.refresh(principal(), null)).isNotNull();
        assertThat(CurrentUser.id()).contains(fixtures.userId(email));
        assertThat(List.copyOf(SecurityContextHolder.getContext().getAuthentication().getAuthorities()))
                .isEqualTo(List.copyOf(before.getAuthorities()));
    }

    @Test
    void in_a_web_request_the_session_keeps_the_new_principal_under_a_new_id() {
        String email = fixtures.user(fixtures.company());
        signIn.as(email);
        var request = new MockHttpServletRequest();
        var session = request.getSession();
        String oldId = session.getId();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        int generation = nextGeneration(email);

        CurrentUser.continueWithSessionGeneration(generation);

        assertThat(request.getSession().getId()).isNotEqualTo(oldId);
        var stored = (SecurityContext) request.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((SignedInUser) stored.getAuthentication().getPrincipal()).sessionGeneration()).isEqualTo(generation);
    }

    @Test
    void work_carried_over_to_another_thread_acts_as_the_user_and_leaves_the_thread_signed_out() throws Exception {
        String email = fixtures.user(fixtures.company());
        signIn.as(email);
        var seen = new java.util.concurrent.atomic.AtomicReference<Long>();
        var afterwards = new java.util.concurrent.atomic.AtomicReference<Object>();
        var thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(CurrentUser.carriedOver(() -> seen.set(actors.current().id()))).get(30, TimeUnit.SECONDS);
            thread.submit(() -> afterwards.set(SecurityContextHolder.getContext().getAuthentication())).get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }

        assertThat(seen.get()).isEqualTo(fixtures.userId(email));
        assertThat(afterwards.get()).as("the pool's thread keeps no one signed in").isNull();
        signIn.out();
        assertThatThrownBy(() -> CurrentUser.carriedOver(() -> { })).isInstanceOf(AccessDeniedException.class);
    }
}
