package org.extranet.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.PASSKEY;

import java.time.Duration;
import org.assertj.core.groups.Tuple;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.TestClock;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.security.ReauthenticationNeeded;
import org.extranet.security.RecentSignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** "Passkeys" on Account information: the user's own passkeys, renamed and removed by their owner only. */
@SpringBootTest
class MyPasskeysTest {

    @Autowired MyPasskeys passkeys;
    @Autowired RecentSignIn recentSignIn;
    @Autowired TestClock clock;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String email;

    @BeforeEach
    void signedIn() {
        company = fixtures.company();
        email = fixtures.user(company);
        signIn.as(email);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private String name(long passkey) {
        return db.fetchValue(PASSKEY.LABEL, PASSKEY.ID.eq(passkey));
    }

    private int audited(String action, String email) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.SUBJECT_LABEL.eq(email)));
    }

    @Test
    void lists_the_users_own_passkeys_oldest_first() {
        long laptop = fixtures.passkey(email, "Laptop");
        long phone = fixtures.passkey(email, "Phone");
        fixtures.passkey(fixtures.user(company), "Someone else's");

        assertThat(passkeys.myPasskeys()).extracting(Passkey::id, Passkey::name, Passkey::lastUsedAt)
                .containsExactly(Tuple.tuple(laptop, "Laptop", null),
                        Tuple.tuple(phone, "Phone", null));
    }

    @Test
    void a_rename_is_stripped_stored_and_on_record() {
        long laptop = fixtures.passkey(email, "Laptop");

        var renamed = passkeys.renamePasskey(laptop, "  Work laptop ");

        assertThat(renamed.name()).isEqualTo("Work laptop");
        assertThat(name(laptop)).isEqualTo("Work laptop");
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("PASSKEY_RENAMED")
                .and(AUDIT_EVENT.SUBJECT_LABEL.eq(email))).fetchSingle();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(email));
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getBeforeState().data()).contains("Laptop");
        assertThat(event.getAfterState().data()).contains("Work laptop");
    }

    @Test
    void a_name_must_be_given_and_not_too_long() {
        long laptop = fixtures.passkey(email, "Laptop");

        assertThatThrownBy(() -> passkeys.renamePasskey(laptop, "   "))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(PasskeyField.NAME);
                    assertThat(refusal.messageKey()).isEqualTo("passkeys.error.name-required");
                });
        assertThatThrownBy(() -> passkeys.renamePasskey(laptop, "x".repeat(101)))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.arguments()).containsExactly(PasskeyNames.MAX_LENGTH));
        assertThatThrownBy(() -> passkeys.nameForNewPasskey(""))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo(PasskeyField.NAME));
        assertThat(passkeys.nameForNewPasskey(" Phone ")).isEqualTo("Phone");
        assertThat(name(laptop)).isEqualTo("Laptop");
        assertThat(audited("PASSKEY_RENAMED", email)).isZero();
    }

    @Test
    void a_removal_is_on_record_and_mailed_to_the_user_in_their_language() {
        long laptop = fixtures.passkey(email, "Laptop");
        long phone = fixtures.passkey(email, "Phone");

        passkeys.removePasskey(laptop);

        assertThat(passkeys.myPasskeys()).extracting(Passkey::id).containsExactly(phone);
        assertThat(audited("PASSKEY_REMOVED", email)).isOne();
        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)
                .and(MAIL_OUTBOX.KIND.eq("PASSKEY_REMOVED"))).fetchSingle();
        assertThat(mail.getLanguage()).isEqualTo("en");
        assertThat(mail.getSubject()).isEqualTo("A passkey was removed from your Extranet account");
        assertThat(mail.getTextBody()).contains("\"Laptop\"");
    }

    @Test
    void a_passkey_removed_meanwhile_is_a_concurrent_change() {
        long laptop = fixtures.passkey(email, "Laptop");
        passkeys.removePasskey(laptop);

        assertThatThrownBy(() -> passkeys.renamePasskey(laptop, "Again")).isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> passkeys.removePasskey(laptop)).isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void another_users_passkey_is_refused_on_record_and_left_as_it_was() {
        String colleague = fixtures.user(company);
        long theirs = fixtures.passkey(colleague, "Their phone");

        assertThatThrownBy(() -> passkeys.renamePasskey(theirs, "Mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passkeys.removePasskey(theirs)).isInstanceOf(AccessDeniedException.class);

        assertThat(name(theirs)).isEqualTo("Their phone");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email)))
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(colleague))))).isEqualTo(2);
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(colleague))).isZero();
    }

    @Test
    void administrators_and_staff_cannot_touch_a_users_passkeys_either() {
        long users = fixtures.passkey(email, "Laptop");

        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThatThrownBy(() -> passkeys.removePasskey(users)).isInstanceOf(AccessDeniedException.class);
        signIn.as(fixtures.staff());
        assertThatThrownBy(() -> passkeys.renamePasskey(users, "Staff's")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passkeys.removePasskey(users)).isInstanceOf(AccessDeniedException.class);

        assertThat(name(users)).isEqualTo("Laptop");
    }

    @Test
    void removing_a_passkey_a_while_after_signing_in_asks_for_the_password_first() {
        long laptop = fixtures.passkey(email, "Laptop");
        clock.move(Duration.ofMinutes(6));
        try {
            assertThatThrownBy(() -> passkeys.removePasskey(laptop)).isInstanceOf(ReauthenticationNeeded.class);
            assertThat(name(laptop)).isEqualTo("Laptop");

            recentSignIn.confirmWithPassword(Fixtures.PASSWORD);
            passkeys.removePasskey(laptop);

            assertThat(db.fetchExists(PASSKEY, PASSKEY.ID.eq(laptop))).isFalse();
        } finally {
            clock.reset();
        }
    }
}
