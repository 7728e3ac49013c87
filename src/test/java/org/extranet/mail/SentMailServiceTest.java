package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.user.UserAdministration;
import org.extranet.user.UserData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SentMailServiceTest {

    @Autowired SentMailService sentMail;
    @Autowired Outbox outbox;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;
    @Autowired UserAdministration users;

    private final String domain = Fixtures.unique("sent") + ".example";

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_search_filter_and_sort_the_outbox_in_sql() {
        long bea = queue("bea@" + domain, Language.EN);
        long adam = queue("adam@" + domain, Language.PL);
        failed(bea);
        signIn.as(fixtures.staff());

        assertThat(sentMail.list(domain, null, PageRequest.of(0, 50)))
                .extracting(OutboxEntry::id).containsExactly(adam, bea);
        assertThat(sentMail.list(domain, null, new PageRequest<>(0, 50, List.of(SortOrder.ascending(SentMailSort.RECIPIENT)))))
                .extracting(OutboxEntry::recipient).containsExactly("adam@" + domain, "bea@" + domain);
        assertThat(sentMail.list(domain, MailStatus.FAILED, PageRequest.of(0, 50)))
                .extracting(OutboxEntry::id).containsExactly(bea);
        assertThat(sentMail.list(domain, null, PageRequest.of(1, 1))).extracting(OutboxEntry::id).containsExactly(bea);
        assertThat(sentMail.list("Hasło do Extranetu", null, PageRequest.of(0, 1000))).extracting(OutboxEntry::id)
                .contains(adam).doesNotContain(bea);
        assertThat(sentMail.count(domain, null)).as("the count uses the same filter").isEqualTo(2);
        assertThat(sentMail.count(domain.toUpperCase(), MailStatus.FAILED)).isEqualTo(1);
        assertThat(sentMail.count(domain, MailStatus.SENT)).isZero();
    }

    @Test
    void staff_read_a_message_with_both_parts() {
        long id = queue("read@" + domain, Language.EN);
        signIn.as(fixtures.staff());

        var message = sentMail.message(id).orElseThrow();

        assertThat(message.subject()).isEqualTo("Your Extranet password was changed");
        assertThat(message.text()).startsWith("Hello Reader,");
        assertThat(message.html()).contains("<html lang=\"en\">");
        assertThat(message.status()).isEqualTo(MailStatus.PENDING);
    }

    @Test
    void reading_a_mail_is_recorded_in_the_audit_log_under_the_recipients_company() {
        long company = fixtures.company();
        String user = fixtures.user(company);
        long id = queue(user, Language.EN);
        String staff = fixtures.staff();
        signIn.as(staff);

        sentMail.message(id).orElseThrow();

        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))
                .and(AUDIT_EVENT.ACTION.eq("MAIL_READ"))).fetchSingle();
        assertThat(event.getSubjectUserId()).isEqualTo(fixtures.userId(user));
        assertThat(event.getSubjectLabel()).isEqualTo(user);
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getOnBehalf()).isTrue();
        assertThat(event.getAfterState().data()).contains(String.valueOf(id));
    }

    @Test
    void a_welcome_mail_shows_its_link_redacted_and_so_does_a_token_left_in_mail_from_before() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        String invited = Fixtures.unique("invited") + "@" + domain;
        users.createUser(company, new UserData(invited, "Iga", "Nowak", null, Language.EN, Set.of()), true);
        long welcome = db.fetchValue(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT.eq(invited));
        String token = "Q2hhbmdlIG1lIGludG8gYSByZWFsIHRva2VuIHBsZWFz";
        long legacy = db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, "INVITATION").set(MAIL_OUTBOX.RECIPIENT, "old@" + domain)
                .set(MAIL_OUTBOX.LANGUAGE, "en").set(MAIL_OUTBOX.SUBJECT, "Your Extranet account")
                .set(MAIL_OUTBOX.TEXT_BODY, "Set your password:\nhttp://localhost:8080/set-password?token=" + token + "\n")
                .set(MAIL_OUTBOX.HTML_BODY, "<a href=\"http://localhost:8080/set-password?token=" + token + "\">")
                .returning(MAIL_OUTBOX.ID).fetchSingle(MAIL_OUTBOX.ID);
        signIn.as(fixtures.staff());

        var message = sentMail.message(welcome).orElseThrow();
        assertThat(message.carriesLink()).isTrue();
        assertThat(message.text()).contains("Set your password:\nhttp://localhost:8080/set-password?token=[one-time-token]\n");
        assertThat(message.html()).contains("href=\"http://localhost:8080/set-password?token=[one-time-token]\"")
                .doesNotContainPattern("token=[A-Za-z0-9_-]");
        var old = sentMail.message(legacy).orElseThrow();
        assertThat(old.text() + old.html()).doesNotContain(token).contains("token=[one-time-token]");
        assertThat(sentMail.message(queue("plain@" + domain, Language.EN)).orElseThrow().carriesLink()).isFalse();
    }

    @Test
    void send_again_puts_a_failed_mail_back_in_the_queue_keeping_its_attempts_and_audits_it() {
        long id = queue("again@" + domain, Language.EN);
        failed(id);
        String staff = fixtures.staff();
        signIn.as(staff);

        assertThat(sentMail.sendAgain(id)).isTrue();

        var row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("PENDING");
        assertThat(row.getAttempts()).isEqualTo(10);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))
                .and(AUDIT_EVENT.ACTION.eq("MAIL_RESENT")).and(AUDIT_EVENT.SUBJECT_LABEL.eq("again@" + domain))))
                .isEqualTo(1);
        assertThat(sentMail.sendAgain(id)).as("a pending mail is not sent again").isFalse();
    }

    @Test
    void a_distributor_administrator_is_refused_and_the_attempt_recorded() {
        long id = queue("secret@" + domain, Language.EN);
        failed(id);
        String administrator = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(administrator);

        assertThatThrownBy(() -> sentMail.list("", null, PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sentMail.message(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sentMail.sendAgain(id)).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchValue(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ID.eq(id))).isEqualTo("FAILED");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(administrator))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))).isEqualTo(3);
    }

    private long queue(String recipient, Language language) {
        return transactions.execute(status -> outbox.queue(new PasswordChangedMail(recipient, language, "Reader")));
    }

    private void failed(long id) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, "FAILED").set(MAIL_OUTBOX.ATTEMPTS, 10)
                .set(MAIL_OUTBOX.LAST_ERROR, "MailerException: Connection refused").where(MAIL_OUTBOX.ID.eq(id)).execute();
    }
}
