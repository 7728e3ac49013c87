package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.extranet.Fixtures;
import org.extranet.base.Language;
import org.extranet.password.PendingLink;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class OutboxTest {

    @Autowired Outbox outbox;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    private final String recipient = Fixtures.unique("outbox") + "@outbox-test.example";

    private InvitationMail invitation() {
        // No token row 0 exists: these mails are never sent.
        return new InvitationMail(recipient, Language.PL, "Anna", "Hydro-Tech", new PendingLink(0,
                "https://extranet.example/set-password?token=" + PendingLink.TOKEN_PLACEHOLDER,
                OffsetDateTime.now(clock).plusHours(72)));
    }

    @Test
    void mail_is_queued_rendered_in_the_callers_transaction() {
        long id = transactions.execute(status -> outbox.queue(invitation()));

        var row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
        assertThat(row.getRecipient()).isEqualTo(recipient);
        assertThat(row.getKind()).isEqualTo("INVITATION");
        assertThat(row.getLanguage()).isEqualTo("pl");
        assertThat(row.getStatus()).isEqualTo("PENDING");
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getSubject()).isEqualTo("Twoje konto w Extranecie dla firmy Hydro-Tech");
        assertThat(row.getTextBody()).contains("https://extranet.example/set-password?token=[one-time-token]");
        assertThat(row.getLinkTokenId()).isZero();
        assertThat(row.getHtmlBody()).contains("<html lang=\"pl\">");
    }

    @Test
    void a_change_rolled_back_leaves_no_mail_behind() {
        transactions.executeWithoutResult(status -> {
            outbox.queue(invitation());
            status.setRollbackOnly();
        });

        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(recipient))).isZero();
    }

    @Test
    void mail_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outbox.queue(invitation())).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(recipient))).isZero();
    }

    @Test
    void without_an_smtp_server_nothing_sends_and_mail_waits_in_the_outbox() {
        assertThat(context.getBeanProvider(OutboxSender.class).getIfAvailable()).isNull();
    }
}
