package org.extranet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.SIGN_IN_THROTTLE;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.db.tables.records.AuditEventRecord;
import org.extranet.secondfactor.Authenticators;
import org.extranet.security.WebClient;
import org.extranet.security.WebTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/**
 * Sign-ins through the real sign-in form (HTTP POST /login) and sign-outs through the application's
 * logout handling leave their trace in the audit log and the application log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventsTest extends WebTest {

    private static final String CLIENT = "127.0.0.1";

    @Autowired DSLContext db;
    @Autowired AuditTrail trail;
    @Autowired SignIn signIn;
    @Autowired Authenticators authenticators;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> securityContexts;
    // The product's own chain, not the OpenID Connect provider's.
    @Autowired @Qualifier("securityFilterChain") SecurityFilterChain securityFilters;

    private long company;
    private String email;
    private long userId;

    @BeforeEach
    void aUserAndAFreshClientCount() {
        company = fixtures.company();
        email = fixtures.user(company, "VIEW_PRICES");
        userId = fixtures.userId(email);
        // Every attempt here comes from this machine: other tests' failures must not block it.
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq("address:" + CLIENT)).execute();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** The sign-in form's post, from a browser of its own, with the page's token; the answer's redirect target. */
    private String signIn(String typedEmail, String password) {
        var response = new WebClient(CLIENT, port).signIn(typedEmail, password);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private List<AuditEventRecord> events(AuditAction action, String subjectLabel) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq(action.name()).and(AUDIT_EVENT.SUBJECT_LABEL.equalIgnoreCase(subjectLabel)))
                .orderBy(AUDIT_EVENT.ID)
                .fetch();
    }

    @Test
    void a_sign_in_is_on_record_under_the_users_company_with_the_user_acting() throws Exception {
        assertThat(signIn(email, Fixtures.PASSWORD)).doesNotContain("error");

        var event = events(AuditAction.SIGNED_IN, email);
        assertThat(event).singleElement().satisfies(row -> {
            assertThat(row.getCompanyId()).isEqualTo(company);
            assertThat(row.getActorId()).isEqualTo(userId);
            assertThat(row.getSubjectUserId()).isEqualTo(userId);
            assertThat(row.getClientAddress()).isEqualTo(CLIENT);
        });
    }

    @Test
    void signing_out_is_on_record_under_the_users_company() throws Exception {
        signIn.as(email);
        // The filter reads this application's holder, which another application in the JVM may have replaced as the global one.
        securityContexts.getObject().setContext(SecurityContextHolder.getContext());
        var logout = securityFilters.getFilters().stream().filter(LogoutFilter.class::isInstance).findFirst().orElseThrow();
        var response = new MockHttpServletResponse();

        logout.doFilter(new MockHttpServletRequest("POST", "/logout"), response, new MockFilterChain());

        assertThat(response.getRedirectedUrl()).as("signed out").isNotNull();
        assertThat(events(AuditAction.SIGNED_OUT, email)).singleElement().satisfies(row -> {
            assertThat(row.getCompanyId()).isEqualTo(company);
            assertThat(row.getActorId()).isEqualTo(userId);
        });
    }

    @Test
    void a_wrong_password_is_on_record_under_the_accounts_company_and_found_by_its_administrators(CapturedOutput output)
            throws Exception {
        String wrong = Fixtures.unique("not-the-password");

        assertThat(signIn(email.toUpperCase(), wrong)).endsWith("error=credentials");

        var event = events(AuditAction.SIGN_IN_FAILED, email);
        assertThat(event).singleElement().satisfies(row -> {
            assertThat(row.getCompanyId()).isEqualTo(company);
            assertThat(row.getActorId()).as("nobody known acted").isNull();
            assertThat(row.getActorLabel()).isEqualTo(email.toUpperCase());
            assertThat(row.getSubjectUserId()).isEqualTo(userId);
            assertThat(row.getAfterState().data()).contains("wrong password");
        });
        assertThat(output).contains("Sign-in failed (wrong password)").doesNotContain(wrong);

        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThat(trail.list(AuditQuery.of(company).withAction(AuditAction.SIGN_IN_FAILED).withText(email)))
                .singleElement().satisfies(entry -> assertThat(entry.subjectLabel()).isEqualToIgnoringCase(email));
    }

    @Test
    void an_address_nobody_has_is_on_record_for_staff_only_and_a_password_typed_as_the_address_is_not_kept(
            CapturedOutput output) throws Exception {
        String nobody = Fixtures.unique("nobody") + "@example.com";
        String password = Fixtures.unique("Tr0ub4dor&3");

        signIn(nobody, "anything at all");
        signIn(password, "anything at all");

        assertThat(events(AuditAction.SIGN_IN_FAILED, nobody)).singleElement().satisfies(row -> {
            assertThat(row.getCompanyId()).isNull();
            assertThat(row.getActorLabel()).isEqualTo(nobody);
            assertThat(row.getAfterState().data()).contains("no account with this e-mail address");
        });
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_LABEL.contains(password)
                .or(AUDIT_EVENT.SUBJECT_LABEL.contains(password))
                .or(AUDIT_EVENT.AFTER_STATE.cast(String.class).contains(password)))).isZero();
        assertThat(output).doesNotContain(password).doesNotContain("anything at all");

        signIn.as(fixtures.staff());
        assertThat(trail.list(AuditQuery.of(null).withAction(AuditAction.SIGN_IN_FAILED).withText(nobody))).hasSize(1);
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThat(trail.list(AuditQuery.of(company).withText(nobody))).isEmpty();
    }

    @Test
    void a_block_is_on_record_once_and_the_attempts_it_refuses_only_in_the_application_log(CapturedOutput output)
            throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong guess " + i)).endsWith("error=credentials");
        }
        assertThat(signIn(email, Fixtures.PASSWORD)).endsWith("error=blocked");
        assertThat(signIn(email, "one more guess")).endsWith("error=blocked");

        assertThat(events(AuditAction.SIGN_IN_FAILED, email)).hasSize(5);
        assertThat(events(AuditAction.SIGN_IN_BLOCKED, email)).singleElement().satisfies(row -> {
            assertThat(row.getCompanyId()).isEqualTo(company);
            assertThat(row.getAfterState().data()).contains("e-mail address", "until");
        });
        assertThat(events(AuditAction.SIGNED_IN, email)).isEmpty();
        assertThat(output).contains("Sign-in blocked until").contains("Sign-in refused (blocked)");

        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThat(trail.list(AuditQuery.of(company).withAction(AuditAction.SIGN_IN_BLOCKED).withText(email))).hasSize(1);
    }

    @Test
    void a_password_that_asks_for_a_second_factor_is_no_sign_in_on_record_yet() throws Exception {
        authenticators.enrol(email);

        assertThat(signIn(email, Fixtures.PASSWORD)).doesNotContain("error");

        assertThat(events(AuditAction.SIGNED_IN, email)).isEmpty();
        assertThat(db.fetchValue(APP_USER.LAST_SIGN_IN_AT, APP_USER.ID.eq(userId))).isNotNull();
    }
}
