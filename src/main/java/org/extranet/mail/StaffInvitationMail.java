package org.extranet.mail;

import java.util.Map;
import java.util.Optional;
import org.extranet.base.Language;
import org.extranet.password.PendingLink;

/**
 * The welcome mail of a customer-service staff member: a link to set a password, like {@link
 * InvitationMail}, but with no company to name and no company administrator to turn to.
 */
public record StaffInvitationMail(String recipient, Language language, String firstName, PendingLink link)
        implements Mail {

    @Override
    public String template() {
        return "staff-invitation";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "expiresAt", link.expiresAt());
    }

    @Override
    public Optional<PendingLink> pendingLink() {
        return Optional.of(link);
    }
}
