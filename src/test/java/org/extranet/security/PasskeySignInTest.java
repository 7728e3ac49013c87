package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import org.extranet.Fixtures;
import org.extranet.base.UserStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in with a passkey, after Spring Security's check of it (stood in for here: the browser
 * test makes real ones): the product's principal with the WebAuthn factor, the same refusals as a
 * password for a locked or not activated account, failed passkeys counted against the client, and
 * each outcome on record.
 */
@SpringBootTest(properties = "extranet.sign-in.failures-per-address=3")
class PasskeySignInTest {

    @Autowired SignInAccounts accounts;
    @Autowired PasskeyThrottle throttle;
    @Autowired AuthenticationEventPublisher events;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    private final String client = "192.0.2." + (int) (Math.random() * 250 + 1) + "-" + Fixtures.unique("client");

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** A sign-in through the provider as the filter makes it, with a passkey the check finds to be the account's, or not. */
    private Authentication signIn(@Nullable String passkeyOf) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var manager = new ProviderManager(new PasskeySignIn(new CheckedPasskey(passkeyOf), accounts, throttle, clock));
        manager.setAuthenticationEventPublisher(events);
        return manager.authenticate(new WebAuthnAuthenticationRequestToken(assertion()));
    }

    private int audited(String action, String label) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ACTOR_LABEL.eq(label)));
    }

    @Test
    void a_passkey_signs_its_user_in_as_the_product_principal_with_the_webauthn_factor() {
        String email = fixtures.user(fixtures.company(), "VIEW_PRICES");

        var signedIn = signIn(email.toUpperCase());

        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.id()).isEqualTo(fixtures.userId(email));
            assertThat(user.getPassword()).isNull();
        });
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_VIEW_PRICES", FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
        assertThat(signedIn.getDetails()).isInstanceOf(PasskeyAttempt.class);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGNED_IN")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email))).and(AUDIT_EVENT.CLIENT_ADDRESS.eq(client))
                .and(AUDIT_EVENT.AFTER_STATE.cast(String.class).contains("passkey")))).isOne();
    }

    @Test
    void a_locked_or_not_activated_account_is_refused_as_with_a_password_and_its_owner_on_record() {
        String locked = fixtures.userWithStatus(fixtures.company(), UserStatus.LOCKED);
        String invited = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);

        assertThatThrownBy(() -> signIn(locked)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(invited)).isInstanceOf(DisabledException.class);

        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED")
                .and(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(locked)))
                .and(AUDIT_EVENT.AFTER_STATE.cast(String.class).contains("account locked")))).isOne();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(invited))))).isOne();
    }

    @Test
    void passkeys_that_fail_block_the_client_at_its_limit_and_passkeys_that_work_do_not_count() {
        String email = fixtures.user(fixtures.company());
        for (int i = 0; i < 5; i++) {
            signIn(email);
        }
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(null)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(email)).isInstanceOf(SignInBlockedException.class);
        assertThat(audited("SIGN_IN_FAILED", "(a passkey)")).isPositive();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_BLOCKED")
                .and(AUDIT_EVENT.CLIENT_ADDRESS.eq(client)))).isOne();
    }

    private static RelyingPartyAuthenticationRequest assertion() {
        var response = AuthenticatorAssertionResponse.builder().clientDataJSON(Bytes.random())
                .authenticatorData(Bytes.random()).signature(Bytes.random()).userHandle(Bytes.random()).build();
        PublicKeyCredential<AuthenticatorAssertionResponse> credential = PublicKeyCredential.<AuthenticatorAssertionResponse>builder()
                .id("made-up").rawId(Bytes.random()).response(response).build();
        return new RelyingPartyAuthenticationRequest(
                PublicKeyCredentialRequestOptions.builder().challenge(Bytes.random()).rpId("localhost").build(), credential);
    }

    /** Spring Security's check of the passkey, as it ends: it belongs to this account, or it did not prove itself. */
    private record CheckedPasskey(@Nullable String owner) implements WebAuthnRelyingPartyOperations {

        @Override
        public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
            if (owner == null) {
                throw new IllegalArgumentException("Unable to find CredentialRecord");
            }
            return ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(owner).displayName(owner).build();
        }

        @Override
        public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                PublicKeyCredentialCreationOptionsRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}
