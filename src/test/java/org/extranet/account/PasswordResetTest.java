package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;
import static org.extranet.db.Tables.PASSWORD_RESET_REQUEST;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.base.UserStatus;
import org.extranet.password.LinkState;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PasswordResetTest {

    @Autowired PasswordReset reset;
    @Autowired PasswordLinks links;
    @Autowired Fixtures fixtures;
    @Autowired MailedLinks mailedLinks;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    /** Each test comes from its own client, so that the limit per client counts only its requests. */
    private String client;

    @BeforeEach
    void ownClient() {
        client = Fixtures.unique("client");
    }

    private int tokens(String email) {
        return db.fetchCount(ONE_TIME_TOKEN, ONE_TIME_TOKEN.USER_ID.eq(fixtures.userId(email))
                .and(ONE_TIME_TOKEN.PURPOSE.eq("PASSWORD_RESET")));
    }

    private int mails(String email) {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.equalIgnoreCase(email));
    }

    private int auditEvents(String email) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_LABEL.eq(email)
                .and(AUDIT_EVENT.ACTION.eq("PASSWORD_RESET_REQUESTED")));
    }

    @Test
    void a_known_address_gets_a_mail_with_a_link_that_sets_a_new_password() {
        String email = fixtures.user(fixtures.company());

        reset.requestPasswordReset(" " + email.toUpperCase() + " ", client);

        assertThat(tokens(email)).isOne();
        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).fetchSingle();
        assertThat(mail.getKind()).isEqualTo("PASSWORD_RESET");
        assertThat(mail.getLanguage()).isEqualTo("en");
        assertThat(auditEvents(email)).isOne();
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_LABEL.eq(email)).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(email));

        assertThat(mail.getTextBody()).contains("/set-password?token=[one-time-token]");
        String token = mailedLinks.token(email, "PASSWORD_RESET");
        assertThat(links.check(token)).isInstanceOfSatisfying(LinkState.Valid.class,
                valid -> assertThat(valid.purpose()).isEqualTo(TokenPurpose.PASSWORD_RESET));
    }

    @Test
    void an_invited_user_may_use_it_to_activate_their_account() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);

        reset.requestPasswordReset(email, client);

        assertThat(tokens(email)).isOne();
        assertThat(mails(email)).isOne();
    }

    @Test
    void a_locked_user_gets_nothing() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.LOCKED);

        reset.requestPasswordReset(email, client);

        assertThat(tokens(email)).isZero();
        assertThat(mails(email)).isZero();
        assertThat(auditEvents(email)).isZero();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_nothing_is_sent() {
        String email = Fixtures.unique("nobody") + "@example.com";
        int mails = db.fetchCount(MAIL_OUTBOX);
        int tokens = db.fetchCount(ONE_TIME_TOKEN);
        int events = db.fetchCount(AUDIT_EVENT);

        reset.requestPasswordReset(email, client);

        assertThat(db.fetchCount(MAIL_OUTBOX)).isEqualTo(mails);
        assertThat(db.fetchCount(ONE_TIME_TOKEN)).isEqualTo(tokens);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    @Test
    void known_and_unknown_addresses_take_at_least_the_same_minimum_time() {
        String known = fixtures.user(fixtures.company());
        String unknown = Fixtures.unique("nobody") + "@example.com";

        for (String email : new String[] {known, unknown}) {
            long started = System.nanoTime();
            reset.requestPasswordReset(email, client);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(PasswordReset.MIN_DURATION);
        }
    }

    @Test
    void more_than_three_requests_an_hour_for_one_address_send_nothing_more() {
        String email = fixtures.user(fixtures.company());

        for (int i = 0; i < 5; i++) {
            reset.requestPasswordReset(email, Fixtures.unique("client"));
        }

        assertThat(mails(email)).isEqualTo(3);
        assertThat(auditEvents(email)).isEqualTo(3);
        assertThat(db.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.EMAIL.eq(email))).isEqualTo(3);
    }

    @Test
    void requests_older_than_the_window_no_longer_count() {
        String email = fixtures.user(fixtures.company());
        for (int i = 0; i < 3; i++) {
            reset.requestPasswordReset(email, client);
        }
        db.update(PASSWORD_RESET_REQUEST)
                .set(PASSWORD_RESET_REQUEST.REQUESTED_AT, OffsetDateTime.now(clock).minusMinutes(61))
                .where(PASSWORD_RESET_REQUEST.EMAIL.eq(email)).execute();

        reset.requestPasswordReset(email, client);

        assertThat(mails(email)).isEqualTo(4);
        assertThat(db.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.EMAIL.eq(email)))
                .as("the old requests are cleared away").isOne();
    }

    @Test
    void more_than_twenty_requests_an_hour_from_one_client_send_nothing_more() {
        for (int i = 0; i < 20; i++) {
            reset.requestPasswordReset(Fixtures.unique("nobody") + "@example.com", client);
        }
        String email = fixtures.user(fixtures.company());

        reset.requestPasswordReset(email, client);

        assertThat(mails(email)).isZero();
        assertThat(tokens(email)).isZero();
        assertThat(db.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.CLIENT_ADDRESS.eq(client))).isEqualTo(20);
    }
}
