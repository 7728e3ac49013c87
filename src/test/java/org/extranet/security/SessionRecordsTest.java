package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.UserSessionRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/**
 * Every signed-in session has a record in the database: written as the sign-in succeeds, read by
 * the session check on every request (an ended record ends its session at the next one, whichever
 * node ended it), noting activity at most once a minute and not for the heartbeat, and ended
 * whenever the session ends.
 */
class SessionRecordsTest extends WebTest {

    static final String FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String CHROME_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    @Autowired DSLContext db;
    @Autowired SignIn signIn;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> securityContexts;
    // The product's own chain, not the OpenID Connect provider's.
    @Autowired @Qualifier("securityFilterChain") SecurityFilterChain securityFilters;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private WebClient signedIn(String email, String userAgent) {
        var browser = browser();
        browser.signIn(email, Fixtures.PASSWORD, "User-Agent", userAgent);
        assertThat(browser.isSignedIn()).isTrue();
        return browser;
    }

    private UserSessionRecord latestRecord(String email) {
        return db.selectFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(fixtures.userId(email)))
                .orderBy(USER_SESSION.ID.desc()).limit(1).fetchSingle();
    }

    private UserSessionRecord record(long id) {
        return db.fetchSingle(USER_SESSION, USER_SESSION.ID.eq(id));
    }

    private void endRecord(long id) {
        db.update(USER_SESSION).set(USER_SESSION.ENDED_AT, OffsetDateTime.now(clock)).where(USER_SESSION.ID.eq(id)).execute();
    }

    @Test
    void a_sign_in_records_the_browser_the_system_and_the_client_address() {
        String email = fixtures.user(fixtures.company());

        signedIn(email, FIREFOX_ON_WINDOWS);

        var record = latestRecord(email);
        assertThat(record.getBrowser()).isEqualTo("Firefox");
        assertThat(record.getSystem()).isEqualTo("Windows");
        assertThat(record.getClientAddress()).isEqualTo("127.0.0.1");
        assertThat(record.getLastActiveAt()).isEqualTo(record.getSignedInAt());
        assertThat(record.getEndedAt()).isNull();
    }

    @Test
    void a_user_agent_that_names_nothing_known_is_recorded_as_unknown() {
        String email = fixtures.user(fixtures.company());

        signedIn(email, "curl/8.5.0 " + "x".repeat(5000));

        assertThat(latestRecord(email).getBrowser()).isEqualTo("curl");
        assertThat(latestRecord(email).getSystem()).isNull();
    }

    @Test
    void a_session_whose_record_was_ended_elsewhere_ends_at_its_next_request() {
        String email = fixtures.user(fixtures.company());
        var laptop = signedIn(email, FIREFOX_ON_WINDOWS);
        long laptopRecord = latestRecord(email).getId();
        var phone = signedIn(email, CHROME_ON_LINUX);

        endRecord(laptopRecord);

        assertThat(laptop.isSignedIn()).as("the session signed out from elsewhere").isFalse();
        assertThat(laptop.isSignedIn()).as("and it stays signed out").isFalse();
        assertThat(phone.isSignedIn()).as("the other session").isTrue();
    }

    @Test
    void activity_is_noted_at_most_once_a_minute_and_never_for_the_heartbeat() {
        String email = fixtures.user(fixtures.company());
        var browser = signedIn(email, FIREFOX_ON_WINDOWS);
        var record = latestRecord(email);
        OffsetDateTime signedInAt = record.getSignedInAt();

        clock.move(Duration.ofSeconds(50));
        assertThat(browser.isSignedIn()).isTrue();
        assertThat(record(record.getId()).getLastActiveAt()).as("50 s later").isEqualTo(signedInAt);

        clock.move(Duration.ofSeconds(20));
        browser.post("/?v-r=heartbeat&v-uiId=0", Map.of());
        assertThat(record(record.getId()).getLastActiveAt()).as("a heartbeat 70 s later").isEqualTo(signedInAt);

        assertThat(browser.isSignedIn()).isTrue();
        OffsetDateTime noted = record(record.getId()).getLastActiveAt();
        assertThat(Duration.between(signedInAt, noted)).as("a request 70 s later").isGreaterThanOrEqualTo(Duration.ofSeconds(70));

        clock.move(Duration.ofSeconds(30));
        assertThat(browser.isSignedIn()).isTrue();
        assertThat(record(record.getId()).getLastActiveAt()).as("30 s after that").isEqualTo(noted);
    }

    @Test
    void a_session_that_sat_idle_too_long_has_its_record_ended() {
        String email = fixtures.user(fixtures.company());
        var browser = signedIn(email, FIREFOX_ON_WINDOWS);
        long recordId = latestRecord(email).getId();

        clock.move(Duration.ofMinutes(21));

        assertThat(browser.isSignedIn()).as("idle past WebTest's 20 minutes").isFalse();
        assertThat(record(recordId).getEndedAt()).isNotNull();
    }

    @Test
    void a_session_of_a_user_locked_elsewhere_has_its_record_ended() {
        String email = fixtures.user(fixtures.company());
        var browser = signedIn(email, CHROME_ON_LINUX);
        long recordId = latestRecord(email).getId();
        // What locking the user does, on whichever node.
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.EMAIL.eq(email)).execute();

        assertThat(browser.isSignedIn()).isFalse();
        assertThat(record(recordId).getEndedAt()).isNotNull();
    }

    @Test
    void signing_out_ends_the_record() throws Exception {
        String email = fixtures.user(fixtures.company());
        long recordId = fixtures.session(email, "Firefox", "Windows", "127.0.0.1");
        signIn.as(email);
        var session = new MockHttpSession();
        session.setAttribute(CurrentUser.RECORD_ATTRIBUTE, recordId);
        var request = new MockHttpServletRequest("POST", "/logout");
        request.setSession(session);
        var logout = securityFilters.getFilters().stream().filter(LogoutFilter.class::isInstance).findFirst().orElseThrow();

        logout.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(record(recordId).getEndedAt()).isNotNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_signed_in_before_sessions_had_records_gets_one_at_its_next_request_and_nobody_is_mailed()
            throws Exception {
        String email = fixtures.user(fixtures.company());
        signIn.as(email);
        var contexts = securityContexts.getObject();
        contexts.setContext(SecurityContextHolder.getContext());
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        request.addHeader("User-Agent", FIREFOX_ON_WINDOWS);
        var check = securityFilters.getFilters().stream().filter(SessionCheckFilter.class::isInstance).findFirst()
                .orElseThrow();

        try {
            check.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        } finally {
            contexts.clearContext();
        }

        var record = latestRecord(email);
        assertThat(session.getAttribute(CurrentUser.RECORD_ATTRIBUTE)).isEqualTo(record.getId());
        assertThat(record.getBrowser()).isEqualTo("Firefox");
        assertThat(record.getEndedAt()).isNull();
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email))).isZero();
    }
}
