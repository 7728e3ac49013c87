package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountService;
import org.extranet.security.SignInFactors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who must have a second factor: staff always, a company's users once the company requires it.
 * Whoever must and has none sets one up right after the password, and can do nothing else before.
 */
@SpringBootTest
class SecondFactorPolicyTest {

    @Autowired SecondFactorPolicy policy;
    @Autowired SecondFactorSignIn secondStep;
    @Autowired AuthenticatorEnrolment enrolment;
    @Autowired SecondFactorAccount account;
    @Autowired AccountService accounts;
    @Autowired Authenticators authenticators;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_without_a_second_factor_set_one_up_right_after_the_password_and_can_do_nothing_else_before() {
        String staff = fixtures.staff();
        signIn.passwordOnly(staff);

        assertThat(SignInFactors.secondFactorPending()).isTrue();
        assertThat(secondStep.signInStep().mustEnrol()).isTrue();
        assertThatThrownBy(accounts::myAccount).isInstanceOf(AccessDeniedException.class);

        String secret = Authenticators.secretOf(enrolment.startEnrolment().key());
        enrolment.confirmEnrolment(authenticators.code(secret, 0));

        assertThat(SignInFactors.secondFactorPending()).isFalse();
        assertThat(account.mySecondFactor()).satisfies(state -> {
            assertThat(state.required()).isTrue();
            assertThat(state.hasAuthenticator()).isTrue();
        });
    }

    @Test
    void a_company_administrator_requires_a_second_factor_for_everyone_in_the_company_from_their_next_sign_in() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        String user = fixtures.user(company, "PLACE_ORDERS");
        signIn.passwordOnly(user);
        assertThat(SignInFactors.secondFactorPending()).as("not required yet").isFalse();

        signIn.as(admin);
        assertThat(policy.companyRequiresSecondFactor(company)).isFalse();
        policy.requireSecondFactor(company, true);

        assertThat(policy.companyRequiresSecondFactor(company)).isTrue();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REQUIREMENT_CHANGED")
                .and(AUDIT_EVENT.COMPANY_ID.eq(company)).and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))))).isEqualTo(1);
        signIn.passwordOnly(user);
        assertThat(SignInFactors.secondFactorPending()).isTrue();
        assertThat(secondStep.signInStep().mustEnrol()).isTrue();
        signIn.passwordOnly(fixtures.user(fixtures.company()));
        assertThat(SignInFactors.secondFactorPending()).as("another company's user").isFalse();
    }

    @Test
    void staff_may_require_it_for_any_company_and_lift_it_again() {
        long company = fixtures.company();
        String user = fixtures.user(company);
        signIn.as(fixtures.staff());
        policy.requireSecondFactor(company, true);
        policy.requireSecondFactor(company, false);

        signIn.passwordOnly(user);
        assertThat(SignInFactors.secondFactorPending()).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REQUIREMENT_CHANGED")
                .and(AUDIT_EVENT.COMPANY_ID.eq(company)).and(AUDIT_EVENT.ON_BEHALF.isTrue()))).isEqualTo(2);
    }

    @Test
    void a_user_without_manage_users_may_not_change_it() {
        long company = fixtures.company();
        String user = fixtures.user(company, "PLACE_ORDERS");
        signIn.as(user);

        assertThatThrownBy(() -> policy.requireSecondFactor(company, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(user))))).isEqualTo(1);
    }

    @Test
    void someone_who_has_set_up_an_app_is_asked_for_it_though_nobody_requires_it() {
        String user = fixtures.user(fixtures.company());
        authenticators.enrol(user);

        signIn.passwordOnly(user);

        assertThat(SignInFactors.secondFactorPending()).isTrue();
        assertThat(secondStep.signInStep().mustEnrol()).isFalse();
    }
}
