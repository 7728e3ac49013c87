package org.extranet.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.extranet.Fixtures;
import org.extranet.TestClock;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
public class PasswordLinksTest {

    static final String NEW_PASSWORD = "tractors in the spring rain";

    @Autowired PasswordLinks links;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired TestClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired AuthenticationProvider signIn;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private IssuedLink issue(long userId, TokenPurpose purpose) {
        return transaction.execute(status -> links.issue(userId, purpose));
    }

    public static String token(IssuedLink link) {
        return link.url().substring(link.url().indexOf("?token=") + "?token=".length());
    }

    private long invitedUser() {
        return fixtures.userId(fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED));
    }

    private AppUserRecord user(long id) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle();
    }

    private void signIn(String email, String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private int auditEvents(long userId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_USER_ID.eq(userId).and(AUDIT_EVENT.ACTION.eq("PASSWORD_SET")));
    }

    @Test
    void stores_only_the_sha256_hash_of_the_token() throws Exception {
        long userId = invitedUser();

        var link = issue(userId, TokenPurpose.INVITATION);

        String token = token(link);
        assertThat(link.url()).startsWith("http://localhost:8080/set-password?token=");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        var row = db.selectFrom(ONE_TIME_TOKEN).where(ONE_TIME_TOKEN.USER_ID.eq(userId)).fetchSingle();
        assertThat(row.getTokenHash())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(token.getBytes(StandardCharsets.UTF_8));
        assertThat(row.getPurpose()).isEqualTo("INVITATION");
        assertThat(row.getUsedAt()).isNull();
        assertThat(link.toString()).doesNotContain(token);
    }

    @Test
    void invitations_last_72_hours_and_password_resets_one_hour() {
        long userId = invitedUser();

        var invitation = issue(userId, TokenPurpose.INVITATION);
        var reset = issue(userId, TokenPurpose.PASSWORD_RESET);

        assertThat(invitation.expiresAt()).isCloseTo(OffsetDateTime.now(clock).plusHours(72), within(1, ChronoUnit.MINUTES));
        assertThat(reset.expiresAt()).isCloseTo(OffsetDateTime.now(clock).plusHours(1), within(1, ChronoUnit.MINUTES));
        assertThat(token(invitation)).isNotEqualTo(token(reset));
    }

    @Test
    void a_link_is_issued_only_inside_the_callers_transaction() {
        long userId = invitedUser();

        assertThatThrownBy(() -> links.issue(userId, TokenPurpose.INVITATION))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_valid_link_tells_whose_account_it_opens() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);

        var state = links.check(token(issue(fixtures.userId(email), TokenPurpose.INVITATION)));

        assertThat(state).isEqualTo(new LinkState.Valid(email, "Test", Language.EN, TokenPurpose.INVITATION));
    }

    @Test
    void an_unknown_or_mangled_token_is_unknown() {
        String token = token(issue(invitedUser(), TokenPurpose.INVITATION));

        assertThat(links.check(token.substring(1))).isEqualTo(new LinkState.Unknown());
        assertThat(links.check("")).isEqualTo(new LinkState.Unknown());
        assertThat(links.check("x".repeat(10_000))).isEqualTo(new LinkState.Unknown());
        assertThatThrownBy(() -> links.setPassword(token + "x", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(LinkUnusable.class, e -> assertThat(e.state()).isEqualTo(new LinkState.Unknown()));
    }

    @Test
    void an_invited_user_sets_a_password_becomes_active_and_signs_in_with_it_only() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        long userId = fixtures.userId(email);
        String token = token(issue(userId, TokenPurpose.INVITATION));
        var before = user(userId);

        links.setPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        var after = user(userId);
        assertThat(after.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(after.getPasswordHash()).startsWith("{argon2}").doesNotContain(NEW_PASSWORD);
        assertThat(after.getSessionGeneration()).isEqualTo(before.getSessionGeneration() + 1);
        signIn(email, NEW_PASSWORD);
        assertThatThrownBy(() -> signIn(email, NEW_PASSWORD + " ")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(db.select(ONE_TIME_TOKEN.USED_AT).from(ONE_TIME_TOKEN).where(ONE_TIME_TOKEN.USER_ID.eq(userId))
                .fetchSingle(ONE_TIME_TOKEN.USED_AT)).isNotNull();
    }

    @Test
    void setting_a_password_is_audited_with_the_user_as_actor() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        long userId = fixtures.userId(email);

        links.setPassword(token(issue(userId, TokenPurpose.INVITATION)), NEW_PASSWORD, NEW_PASSWORD);

        var event = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId).and(AUDIT_EVENT.ACTION.eq("PASSWORD_SET"))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(userId);
        assertThat(event.getActorLabel()).contains(email);
        assertThat(event.getSubjectLabel()).isEqualTo(email);
        assertThat(event.getCompanyId()).isEqualTo(user(userId).getCompanyId());
        assertThat(event.getOnBehalf()).isFalse();
        assertThat(event.getBeforeState().data()).contains("INVITED");
        assertThat(event.getAfterState().data()).contains("ACTIVE").contains("INVITATION").doesNotContain(NEW_PASSWORD);
    }

    @Test
    void a_link_works_once() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        long userId = fixtures.userId(email);
        String token = token(issue(userId, TokenPurpose.INVITATION));
        links.setPassword(token, NEW_PASSWORD, NEW_PASSWORD);
        var afterFirstUse = user(userId);

        assertThat(links.check(token)).isEqualTo(new LinkState.Used(TokenPurpose.INVITATION));
        assertThatThrownBy(() -> links.setPassword(token, "someone else's password here", "someone else's password here"))
                .isInstanceOfSatisfying(LinkUnusable.class,
                        e -> assertThat(e.state()).isEqualTo(new LinkState.Used(TokenPurpose.INVITATION)));

        assertThat(user(userId)).isEqualTo(afterFirstUse);
        assertThat(auditEvents(userId)).isEqualTo(1);
        signIn(email, NEW_PASSWORD);
    }

    @Test
    void two_clicks_at_once_use_the_link_once() throws Exception {
        long userId = invitedUser();
        String token = token(issue(userId, TokenPurpose.INVITATION));
        var start = new CountDownLatch(1);
        List<Callable<String>> clicks = new ArrayList<>();
        for (String password : List.of("first tab password here", "second tab password here")) {
            clicks.add(() -> {
                start.await();
                try {
                    links.setPassword(token, password, password);
                    return "set";
                } catch (LinkUnusable e) {
                    return e.state().getClass().getSimpleName();
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = clicks.stream().map(pool::submit).toList();
            start.countDown();
            assertThat(results.stream().map(PasswordLinksTest::get)).containsExactlyInAnyOrder("set", "Used");
        }
        assertThat(user(userId).getSessionGeneration()).isEqualTo(1);
        assertThat(auditEvents(userId)).isEqualTo(1);
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_link_works_until_its_validity_runs_out_on_the_application_clock() {
        long userId = invitedUser();
        String invitation = token(issue(userId, TokenPurpose.INVITATION));

        clock.move(Duration.ofHours(71).plusMinutes(59));
        assertThat(links.check(invitation)).isInstanceOf(LinkState.Valid.class);

        clock.move(Duration.ofMinutes(2));
        assertThat(links.check(invitation)).isEqualTo(new LinkState.Expired(TokenPurpose.INVITATION, false));
        assertThatThrownBy(() -> links.setPassword(invitation, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(LinkUnusable.class);
        assertThat(user(userId).getStatus()).isEqualTo(UserStatus.INVITED);
    }

    @Test
    void a_link_issued_while_the_clock_is_moved_back_is_stored() {
        clock.move(Duration.ofDays(-400));
        long userId = invitedUser();

        var link = issue(userId, TokenPurpose.PASSWORD_RESET);

        assertThat(link.expiresAt()).isCloseTo(OffsetDateTime.now(clock).plusHours(1), within(1, ChronoUnit.MINUTES));
        assertThat(links.check(token(link))).isInstanceOf(LinkState.Valid.class);
    }

    @Test
    void an_expired_link_is_refused_and_changes_nothing() {
        long userId = invitedUser();
        String token = token(issue(userId, TokenPurpose.PASSWORD_RESET));
        db.update(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.CREATED_AT, OffsetDateTime.now(clock).minusHours(2))
                .set(ONE_TIME_TOKEN.EXPIRES_AT, OffsetDateTime.now(clock).minusMinutes(1))
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId)).execute();
        var before = user(userId);

        assertThat(links.check(token)).isEqualTo(new LinkState.Expired(TokenPurpose.PASSWORD_RESET, false));
        assertThatThrownBy(() -> links.setPassword(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(LinkUnusable.class,
                        e -> assertThat(e.state()).isEqualTo(new LinkState.Expired(TokenPurpose.PASSWORD_RESET, false)));

        assertThat(user(userId)).isEqualTo(before);
        assertThat(auditEvents(userId)).isZero();
    }

    @Test
    void a_new_link_voids_the_old_one_of_the_same_purpose() {
        long userId = invitedUser();
        String first = token(issue(userId, TokenPurpose.INVITATION));
        String reset = token(issue(userId, TokenPurpose.PASSWORD_RESET));

        String second = token(issue(userId, TokenPurpose.INVITATION));

        assertThat(links.check(first)).isEqualTo(new LinkState.Unknown());
        assertThat(links.check(second)).isInstanceOf(LinkState.Valid.class);
        assertThat(links.check(reset)).isInstanceOf(LinkState.Valid.class);
    }

    @Test
    void once_a_password_is_set_no_older_link_of_the_user_works() {
        long userId = invitedUser();
        String invitation = token(issue(userId, TokenPurpose.INVITATION));
        String reset = token(issue(userId, TokenPurpose.PASSWORD_RESET));

        links.setPassword(reset, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(links.check(invitation)).isEqualTo(new LinkState.Unknown());
    }

    @Test
    void a_locked_user_gets_the_password_but_stays_locked() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.LOCKED);
        long userId = fixtures.userId(email);

        links.setPassword(token(issue(userId, TokenPurpose.PASSWORD_RESET)), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(user(userId).getStatus()).isEqualTo(UserStatus.LOCKED);
        assertThatThrownBy(() -> signIn(email, NEW_PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void an_active_user_resets_the_password_and_other_sessions_end() {
        String email = fixtures.user(fixtures.company());
        long userId = fixtures.userId(email);
        var before = user(userId);

        links.setPassword(token(issue(userId, TokenPurpose.PASSWORD_RESET)), NEW_PASSWORD, NEW_PASSWORD);

        var after = user(userId);
        assertThat(after.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getSessionGeneration()).isEqualTo(before.getSessionGeneration() + 1);
        signIn(email, NEW_PASSWORD);
        assertThatThrownBy(() -> signIn(email, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @ParameterizedTest(name = "{0} is refused at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                       | ''                       | NEW_PASSWORD | password.required
            too short                | too short                | NEW_PASSWORD | password.too-short
            EMAIL                    | EMAIL                    | NEW_PASSWORD | password.equals-email
            1qaz2wsx3edc             | 1qaz2wsx3edc             | NEW_PASSWORD | password.common
            passwordpassword         | passwordpassword         | NEW_PASSWORD | password.guessable
            tractors in the rain     | tractors in the snow     | REPEAT       | password.mismatch
            """)
    void a_refused_password_is_reported_at_its_field_and_nothing_is_written(
            String password, String repeat, PasswordFormField field, String messageKey) {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        long userId = fixtures.userId(email);
        String token = token(issue(userId, TokenPurpose.INVITATION));
        var before = user(userId);

        assertThatThrownBy(() -> links.setPassword(token, password.replace("EMAIL", email), repeat.replace("EMAIL", email)))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                });

        assertThat(user(userId)).isEqualTo(before);
        assertThat(links.check(token)).isInstanceOf(LinkState.Valid.class);
        assertThat(auditEvents(userId)).isZero();
    }

    @Test
    void a_password_set_through_a_link_voids_the_reset_link_whose_mail_is_still_waiting() {
        long userId = invitedUser();
        String invitation = token(issue(userId, TokenPurpose.INVITATION));
        var waiting = transaction.execute(status -> links.reserve(userId, TokenPurpose.PASSWORD_RESET));

        links.setPassword(invitation, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(links.activate(waiting.tokenId())).as("the mail would go out with no link, so it is withdrawn")
                .isEmpty();
    }

    @Test
    void a_reserved_link_opens_nothing_until_its_mail_goes_out_and_then_only_with_the_newest_token() {
        long userId = invitedUser();

        var pending = transaction.execute(status -> links.reserve(userId, TokenPurpose.INVITATION));

        assertThat(pending.url()).isEqualTo("http://localhost:8080/set-password?token=[one-time-token]");
        assertThat(pending.expiresAt()).isCloseTo(OffsetDateTime.now(clock).plusHours(72), within(1, ChronoUnit.MINUTES));
        assertThat(db.fetchValue(ONE_TIME_TOKEN.TOKEN_HASH, ONE_TIME_TOKEN.ID.eq(pending.tokenId()))).isNull();
        String first = links.activate(pending.tokenId()).orElseThrow();
        assertThat(links.check(first)).isInstanceOf(LinkState.Valid.class);
        String again = links.activate(pending.tokenId()).orElseThrow();
        assertThat(again).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(links.check(first)).isEqualTo(new LinkState.Unknown());
        assertThat(links.check(again)).isInstanceOf(LinkState.Valid.class);

        clock.move(Duration.ofHours(73));
        assertThat(links.activate(pending.tokenId())).as("expired before its mail went out").isEmpty();
    }
}
