package org.extranet.mail;

import java.util.Map;
import java.util.Optional;
import org.extranet.base.Language;
import org.extranet.password.PendingLink;

/**
 * A mail the product sends. Its texts live in {@code mail/messages*.properties} under the
 * template's name and refer to the model's values by name, e.g. {@code {firstName}}. A template
 * may bring its own {@code greeting}, for mail to a department rather than a person.
 */
public sealed interface Mail permits InvitationMail, PasswordResetMail, PasswordChangedMail, EmailChangedMail,
        AddressRequestMail, AddressRequestDecisionMail, NewBrowserMail, SecondFactorMail, PasskeyAddedMail,
        PasskeyRemovedMail, StaffInvitationMail {

    String recipient();

    Language language();

    /** The prefix of the mail's texts; also stored as the outbox row's kind. */
    String template();

    /** Named values for the texts; date-times are shown in the recipient's language, Warsaw time. */
    Map<String, Object> model();

    /**
     * The set-password link behind the mail's button, if it has one: stored with a placeholder for
     * the token, which the sender makes only as the mail goes out.
     */
    default Optional<PendingLink> pendingLink() {
        return Optional.empty();
    }
}
