package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.Language;
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

        assertThat(sentMail.list(domain, null, 0, 50, List.of()))
                .extracting(OutboxEntry::id).containsExactly(adam, bea);
        assertThat(sentMail.list(domain, null, 0, 50, List.of(new SentMailSort(SentMailSort.Column.RECIPIENT, true))))
                .extracting(OutboxEntry::recipient).containsExactly("adam@" + domain, "bea@" + domain);
        assertThat(sentMail.list(domain, MailStatus.FAILED, 0, 50, List.of()))
                .extracting(OutboxEntry::id).containsExactly(bea);
        assertThat(sentMail.list(domain, null, 1, 1, List.of())).extracting(OutboxEntry::id).containsExactly(bea);
        assertThat(sentMail.list("Hasło do Extranetu", null, 0, 1000, List.of())).extracting(OutboxEntry::id)
                .contains(adam).doesNotContain(bea);
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

        assertThatThrownBy(() -> sentMail.list("", null, 0, 50, List.of())).isInstanceOf(AccessDeniedException.class);
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
