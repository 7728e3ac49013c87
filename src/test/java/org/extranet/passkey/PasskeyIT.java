package org.extranet.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.PASSKEY;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.extranet.Fixtures;
import org.extranet.account.StartPage;
import org.extranet.base.UserStatus;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.secondfactor.SecondFactorPage;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole journey with Chromium's virtual authenticator (a platform authenticator that holds
 * passkeys and verifies its user): a passkey added on Account information, signed out, signed in
 * again with "Sign in with a passkey" and nothing typed, into a session like any other.
 */
class PasskeyIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    private VirtualAuthenticator authenticator;

    @AfterEach
    void removeAuthenticator() {
        if (authenticator != null) {
            ((HasVirtualAuthenticator) driver).removeVirtualAuthenticator(authenticator);
        }
    }

    @Test
    void a_passkey_added_on_account_information_signs_its_user_in_without_a_password() {
        authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
        String email = fixtures.user(fixtures.company());
        long userId = fixtures.userId(email);
        var login = new LoginPage(driver);
        var topBar = new TopBar(driver);
        var passkeys = new PasskeysSection(driver);

        open("/login");
        login.signIn(email, Fixtures.PASSWORD);
        open("/account");
        assertThat(passkeys.names()).isEmpty();
        assertThat(passkeys.add("Test laptop")).isEqualTo("Passkey Test laptop added. You can now sign in with it.");
        assertThat(passkeys.names()).containsExactly("Test laptop");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PASSKEY_ADDED").and(AUDIT_EVENT.ACTOR_ID.eq(userId)))).isOne();
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.KIND.eq("PASSKEY_ADDED").and(MAIL_OUTBOX.RECIPIENT.eq(email)))).isOne();
        passkeys.show();
        screenshot("passkeys-en");
        Accessibility.assertNoViolations(driver, "Account information with a passkey, in English");

        topBar.signOut();
        assertThat(login.isShown()).isTrue();
        long sessionsBefore = db.fetchCount(USER_SESSION, USER_SESSION.USER_ID.eq(userId));
        screenshot("sign-in-passkey-en");
        // Locked meanwhile: refused as after a password, said below the button.
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .where(APP_USER.ID.eq(userId)).execute();
        assertThat(login.passkeyRefusal()).isEqualTo("Your account is locked Your account has been locked. "
                + "Please contact your company's administrator or the Distributor Service Department.");
        screenshot("sign-in-passkey-locked-en");
        Accessibility.assertNoViolations(driver, "the sign-in page after a refused passkey");
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.ACTIVE).setNull(APP_USER.LOCKED_AT)
                .where(APP_USER.ID.eq(userId)).execute();
        login.signInWithPasskey();

        assertThat(new StartPage(driver).greeting()).startsWith("Welcome, Test");
        assertThat(db.fetchCount(USER_SESSION, USER_SESSION.USER_ID.eq(userId)
                .and(USER_SESSION.ENDED_AT.isNull()))).isOne();
        assertThat(db.fetchCount(USER_SESSION, USER_SESSION.USER_ID.eq(userId))).isEqualTo(sessionsBefore + 1);
        assertThat(db.fetchValue(PASSKEY.LAST_USED_AT, PASSKEY.USER_ID.eq(userId))).isNotNull();
        assertThat(db.fetchValue(APP_USER.LAST_SIGN_IN_AT, APP_USER.ID.eq(userId))).isNotNull();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGNED_IN").and(AUDIT_EVENT.ACTOR_ID.eq(userId))
                .and(AUDIT_EVENT.AFTER_STATE.cast(String.class).contains("passkey")))).isOne();

        topBar.switchLanguage();
        open("/account");
        assertThat(passkeys.names()).containsExactly("Test laptop");
        passkeys.show();
        screenshot("passkeys-pl");
        Accessibility.assertNoViolations(driver, "Account information with a passkey, in Polish");
        topBar.signOut();
        if (!"Zaloguj się".equals(login.title())) {
            login.switchLanguage();
        }
        screenshot("sign-in-passkey-pl");
        Accessibility.assertNoViolations(driver, "the sign-in page in Polish");

        // A passkey is a second factor too: after the password, the second step asks for it.
        login.signIn(email, Fixtures.PASSWORD);
        var secondStep = new SecondFactorPage(driver);
        assertThat(secondStep.passkeyStep()).isEqualTo("Hasło jest poprawne. Teraz potwierdź, że to Ty, jednym ze swoich "
                + "kluczy dostępu: przeglądarka lub telefon poprosi o odcisk palca, twarz albo PIN. | Potwierdź kluczem dostępu");
        screenshot("second-factor-passkey-pl");
        Accessibility.assertNoViolations(driver, "the second step with a passkey, in Polish");
        long live = db.fetchCount(USER_SESSION, USER_SESSION.USER_ID.eq(userId).and(USER_SESSION.ENDED_AT.isNull()));
        secondStep.verifyWithPasskey();

        assertThat(new StartPage(driver).greeting()).startsWith("Witaj, Test");
        assertThat(db.fetchCount(USER_SESSION, USER_SESSION.USER_ID.eq(userId).and(USER_SESSION.ENDED_AT.isNull())))
                .as("the passkey continues the session the password began").isEqualTo(live);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGNED_IN").and(AUDIT_EVENT.ACTOR_ID.eq(userId))
                .and(AUDIT_EVENT.AFTER_STATE.cast(String.class).contains("passkey")))).isEqualTo(2);
    }
}
