package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.password.LinkState;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff giving a user a new set-password link, here without a mail server: shown once. */
@SpringBootTest
class LinkHelpTest {

    @Autowired LinkHelp help;
    @Autowired LinkMails linkMails;
    @Autowired Outbox outbox;
    @Autowired PasswordLinks links;
    @Autowired MailedLinks mailedLinks;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static String token(String url) {
        return url.substring(url.indexOf("?token=") + "?token=".length());
    }

    private long welcomeMail(String email) {
        long userId = fixtures.userId(email);
        transactions.executeWithoutResult(status -> linkMails.invitation(userId, email, "Test", Language.EN, "Hydro-Tech"));
        return db.fetchValue(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.KIND.eq("INVITATION")));
    }

    @Test
    void without_a_mail_server_staff_see_a_new_link_once_older_links_stop_working_and_the_audit_log_says_who() {
        long company = fixtures.company();
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        long userId = fixtures.userId(invited);
        long mail = welcomeMail(invited);
        String mailed = mailedLinks.token(invited, "INVITATION");
        String reset = token(transactions.execute(status -> links.issue(userId, TokenPurpose.PASSWORD_RESET)).url());
        String staff = fixtures.staff();
        signIn.as(staff);
        assertThat(help.delivery()).isEqualTo(LinkHelp.Delivery.SHOW_ONCE);

        var result = help.newLink(mail);

        var shown = (NewLink.Shown) result;
        assertThat(shown.recipient()).isEqualTo(invited);
        assertThat(shown.link().url()).startsWith("http://localhost:8080/set-password?token=");
        assertThat(shown.toString()).doesNotContain(token(shown.link().url()));
        assertThat(links.check(token(shown.link().url())))
                .isEqualTo(new LinkState.Valid(invited, "Test", Language.EN, TokenPurpose.INVITATION));
        assertThat(links.check(mailed)).as("the link mailed before").isEqualTo(new LinkState.Unknown());
        assertThat(links.check(reset)).as("a reset link of the user's").isEqualTo(new LinkState.Unknown());
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId)
                .and(AUDIT_EVENT.ACTION.eq("NEW_LINK_SHOWN"))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(staff));
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getOnBehalf()).isTrue();
        assertThat(event.getAfterState().data()).contains("INVITATION", String.valueOf(mail))
                .doesNotContain(token(shown.link().url()));
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(invited))).as("nothing is mailed").isOne();
    }

    @Test
    void an_active_user_gets_a_reset_link_and_a_locked_one_none() {
        long company = fixtures.company();
        String active = fixtures.userWithStatus(company, UserStatus.INVITED);
        long mail = welcomeMail(active);
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.ACTIVE).where(APP_USER.EMAIL.eq(active)).execute();
        signIn.as(fixtures.staff());

        var shown = (NewLink.Shown) help.newLink(mail);
        assertThat(links.check(token(shown.link().url())))
                .isInstanceOfSatisfying(LinkState.Valid.class, valid -> assertThat(valid.purpose())
                        .isEqualTo(TokenPurpose.PASSWORD_RESET));

        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .where(APP_USER.EMAIL.eq(active)).execute();
        assertThat(help.newLink(mail)).isEqualTo(new NewLink.Refused("sent-mail.new-link.locked"));
        assertThat(links.check(token(shown.link().url())))
                .as("a refusal voids nothing").isInstanceOf(LinkState.Valid.class);
    }

    @Test
    void no_link_for_mail_without_one_for_an_address_nobody_has_now_or_for_a_staff_account() {
        String invited = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        long mail = welcomeMail(invited);
        long plain = transactions.execute(status -> outbox.queue(new PasswordChangedMail(invited, Language.EN, "Test")));
        String staff = fixtures.staff();
        long staffMail = transactions.execute(status -> {
            linkMails.passwordReset(fixtures.userId(staff), staff, "Staff", Language.EN);
            return db.fetchValue(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT.eq(staff));
        });
        signIn.as(fixtures.staff());

        assertThat(help.newLink(plain)).isEqualTo(new NewLink.Refused("sent-mail.new-link.no-link"));
        assertThat(help.newLink(staffMail)).isEqualTo(new NewLink.Refused("sent-mail.new-link.no-user"));
        db.update(APP_USER).set(APP_USER.EMAIL, Fixtures.unique("elsewhere") + "@example.com")
                .where(APP_USER.EMAIL.eq(invited)).execute();
        assertThat(help.newLink(mail)).as("the address changed: nothing goes to the old one")
                .isEqualTo(new NewLink.Refused("sent-mail.new-link.no-user"));
    }

    @Test
    void a_distributor_administrator_is_refused_and_the_attempt_recorded() {
        long company = fixtures.company();
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        long mail = welcomeMail(invited);
        String mailed = mailedLinks.token(invited, "INVITATION");
        String administrator = fixtures.user(company, "MANAGE_USERS");
        signIn.as(administrator);

        assertThatThrownBy(() -> help.newLink(mail)).isInstanceOf(AccessDeniedException.class);

        assertThat(links.check(mailed)).isInstanceOf(LinkState.Valid.class);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(administrator))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))).isOne();
    }
}
