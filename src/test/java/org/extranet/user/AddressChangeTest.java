package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.SignIn;
import org.extranet.account.PasswordReset;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.password.LinkState;
import org.extranet.password.LinkUnusable;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Correcting a user's e-mail address: whoever got a link at the old (mistyped) address must not be
 * able to use it, the old address learns of the change, and an invited user is invited again at
 * the new one.
 */
@SpringBootTest
class AddressChangeTest {

    private static final String PASSWORD = "somebody else's password";

    @Autowired UserAdministration users;
    @Autowired UserDirectory userDirectory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired PasswordLinks links;
    @Autowired PasswordReset reset;
    @Autowired MailedLinks mailedLinks;

    long company;

    @BeforeEach
    void signedInAdministrator() {
        company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private void changeEmail(long userId, String email, Language language) {
        var opened = userDirectory.userForEdit(userId);
        var data = opened.data();
        users.updateUser(userId, opened.version(),
                new UserData(email, data.firstName(), data.lastName(), data.phone(), language, data.permissions()));
    }

    private int mails(String recipient, String kind) {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(recipient).and(MAIL_OUTBOX.KIND.eq(kind)));
    }

    @Test
    void correcting_an_invited_users_mistyped_address_voids_the_link_sent_there_and_invites_the_right_one() {
        String mistyped = Fixtures.unique("ewa") + "@exmaple.com";
        String corrected = mistyped.replace("@exmaple.com", "@example.com");
        long id = users.createUser(company, new UserData(mistyped, "Ewa", "Lis", null, Language.EN, Set.of()), true);
        // The welcome mail went out: whoever reads the mistyped address now holds this link.
        String strangersLink = mailedLinks.token(mistyped, "INVITATION");
        assertThat(links.check(strangersLink)).isInstanceOf(LinkState.Valid.class);

        changeEmail(id, corrected, Language.EN);

        assertThat(links.check(strangersLink)).isEqualTo(new LinkState.Unknown());
        assertThatThrownBy(() -> links.setPassword(strangersLink, PASSWORD, PASSWORD)).isInstanceOf(LinkUnusable.class);
        assertThat(userDirectory.userForEdit(id).status()).isEqualTo(UserStatus.INVITED);

        var notice = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(mistyped)
                .and(MAIL_OUTBOX.KIND.eq("EMAIL_CHANGED"))).fetchSingle();
        assertThat(notice.getLanguage()).isEqualTo("en");
        assertThat(notice.getSubject()).isEqualTo("Your Extranet sign-in e-mail was changed");
        assertThat(notice.getTextBody()).startsWith("Hello Ewa,").contains("has been changed to " + corrected)
                .doesNotContain("token=");

        assertThat(mails(corrected, "INVITATION")).isOne();
        String newLink = mailedLinks.token(corrected, "INVITATION");
        assertThat(links.check(newLink)).isInstanceOfSatisfying(LinkState.Valid.class,
                valid -> assertThat(valid.email()).isEqualTo(corrected));
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_USER_ID.eq(id))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("USER_CREATED", "INVITATION_SENT", "USER_UPDATED", "INVITATION_SENT");
        assertThat(db.fetchValue(AUDIT_EVENT.AFTER_STATE, AUDIT_EVENT.SUBJECT_USER_ID.eq(id)
                .and(AUDIT_EVENT.ACTION.eq("USER_UPDATED"))).data()).contains("linksVoided", "INVITATION");
    }

    @Test
    void an_active_users_old_address_is_told_in_their_language_and_a_reset_link_waiting_for_it_is_voided() {
        String old = fixtures.user(company);
        long id = fixtures.userId(old);
        reset.requestPasswordReset(old, Fixtures.unique("client"));
        long waiting = db.fetchValue(MAIL_OUTBOX.LINK_TOKEN_ID, MAIL_OUTBOX.RECIPIENT.eq(old));
        String changed = Fixtures.unique("moved") + "@example.com";

        changeEmail(id, changed, Language.PL);

        assertThat(links.activate(waiting)).as("the reset mail to the old address is withdrawn").isEmpty();
        assertThat(db.fetchCount(ONE_TIME_TOKEN, ONE_TIME_TOKEN.USER_ID.eq(id))).isZero();
        var notice = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(old)
                .and(MAIL_OUTBOX.KIND.eq("EMAIL_CHANGED"))).fetchSingle();
        assertThat(notice.getLanguage()).isEqualTo("pl");
        assertThat(notice.getSubject()).isEqualTo("Zmieniono adres e-mail do logowania w Extranecie");
        assertThat(notice.getTextBody()).contains("został zmieniony na " + changed);
        assertThat(mails(changed, "INVITATION")).as("an active user is not invited again").isZero();
    }

    @Test
    void a_change_of_letter_case_alone_names_the_same_mailbox_and_keeps_the_link() {
        String email = Fixtures.unique("ola") + "@example.com";
        long id = users.createUser(company, new UserData(email, "Ola", "Nowak", null, Language.EN, Set.of()), true);
        String link = mailedLinks.token(email, "INVITATION");

        changeEmail(id, email.toUpperCase(), Language.EN);

        assertThat(links.check(link)).isInstanceOf(LinkState.Valid.class);
        assertThat(mails(email, "EMAIL_CHANGED")).isZero();
        assertThat(mails(email.toUpperCase(), "INVITATION")).isZero();
    }

    @Test
    void an_invited_user_never_sent_an_invitation_is_not_invited_by_a_correction() {
        String email = Fixtures.unique("quiet") + "@example.com";
        long id = users.createUser(company, new UserData(email, "Jan", "Cichy", null, Language.EN, Set.of()), false);
        String changed = Fixtures.unique("quiet") + "@example.com";

        changeEmail(id, changed, Language.EN);

        assertThat(mails(changed, "INVITATION")).isZero();
        assertThat(db.fetchCount(ONE_TIME_TOKEN, ONE_TIME_TOKEN.USER_ID.eq(id)
                .and(ONE_TIME_TOKEN.PURPOSE.eq(TokenPurpose.INVITATION.name())))).isZero();
    }
}
