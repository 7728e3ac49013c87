package org.extranet.mail;

import java.util.Map;
import java.util.Optional;
import org.extranet.base.Language;
import org.extranet.password.PendingLink;

/** The welcome mail ("Create new user and notify"): a link to set a password. */
public record InvitationMail(String recipient, Language language, String firstName, String companyName,
                             PendingLink link) implements Mail {

    @Override
    public String template() {
        return "invitation";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "companyName", companyName, "expiresAt", link.expiresAt());
    }

    @Override
    public Optional<PendingLink> pendingLink() {
        return Optional.of(link);
    }
}
