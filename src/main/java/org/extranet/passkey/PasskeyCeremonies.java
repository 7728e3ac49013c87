package org.extranet.passkey;

import java.util.Map;
import java.util.Set;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.mail.Outbox;
import org.extranet.mail.PasskeyAddedMail;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relying party behind Spring Security's WebAuthn endpoints: Spring's own ceremonies
 * (webauthn4j verifies) on the passkeys stored in the database, with the user verified every time
 * (a passkey is a whole sign-in: something held and the user's PIN or biometrics), and a
 * registration that is on record and mailed to the user in the same transaction. Spring's DELETE
 * endpoint is closed ({@code SecurityConfiguration}): passkeys are removed through
 * {@link MyPasskeys}, which records and mails that too.
 */
@Component
class PasskeyCeremonies implements WebAuthnRelyingPartyOperations {

    static final String RELYING_PARTY_NAME = "Extranet";

    private final PasskeyUsers users;
    private final PasskeyCredentials credentials;
    private final PasskeySettings settings;
    private final String publicUrl;
    private final Environment environment;
    private final Actors actors;
    private final AuditLog audit;
    private final Outbox outbox;
    private volatile @Nullable Webauthn4JRelyingPartyOperations relyingParty;

    PasskeyCeremonies(PasskeyUsers users, PasskeyCredentials credentials, PasskeySettings settings,
                      @Value("${extranet.public-url}") String publicUrl, Environment environment,
                      Actors actors, AuditLog audit, Outbox outbox) {
        this.users = users;
        this.credentials = credentials;
        this.settings = settings;
        this.publicUrl = publicUrl;
        this.environment = environment;
        this.actors = actors;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return relyingParty().createPublicKeyCredentialCreationOptions(request);
    }

    /**
     * The options were made for the signed-in user and kept in their session; they must still be
     * that user's. The name the page sent is checked like a rename.
     */
    @Override
    @Transactional
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        Actor me = actors.current();
        PublicKeyCredentialUserEntity user = request.getCreationOptions().getUser();
        PasskeyUsers.Owner owner = users.owner(user.getId());
        if (owner == null || owner.id() != me.id()) {
            audit.refused(me, "registerPasskey", owner == null ? null : owner.companyId(),
                    owner == null ? Subject.NONE : Subject.user(owner.id(), owner.email()));
            throw new AccessDeniedException("The passkey's options were made for another account");
        }
        String name = PasskeyNames.checked(request.getPublicKey().getLabel());
        CredentialRecord added = relyingParty().registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                request.getCreationOptions(),
                new RelyingPartyPublicKey(request.getPublicKey().getCredential(), name)));
        audit.record(me, AuditAction.PASSKEY_ADDED, owner.companyId(), Subject.user(owner.id(), owner.email()),
                null, Map.of("passkey", name));
        outbox.queue(new PasskeyAddedMail(owner.email(), owner.language(), owner.firstName(), name));
        return added;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return relyingParty().createCredentialRequestOptions(request);
    }

    @Override
    @Transactional
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return relyingParty().authenticate(request);
    }

    /** Made at the first ceremony, when the port the product listens on is known. */
    private Webauthn4JRelyingPartyOperations relyingParty() {
        var made = relyingParty;
        if (made == null) {
            String rpId = settings.relyingParty(publicUrl);
            Set<String> origins = settings.origins(publicUrl, environment.getProperty("local.server.port", Integer.class));
            made = new Webauthn4JRelyingPartyOperations(users, credentials,
                    PublicKeyCredentialRpEntity.builder().id(rpId).name(RELYING_PARTY_NAME).build(), origins);
            made.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                    .userVerification(UserVerificationRequirement.REQUIRED)
                    .residentKey(ResidentKeyRequirement.REQUIRED)
                    .build()));
            made.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            relyingParty = made;
        }
        return made;
    }
}
