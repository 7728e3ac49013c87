package org.extranet.mail;

import java.util.Map;
import java.util.Optional;
import org.extranet.base.Language;
import org.extranet.password.PendingLink;

/** "Forgot password?": a link to set a new password. */
public record PasswordResetMail(String recipient, Language language, String firstName, PendingLink link)
        implements Mail {

    @Override
    public String template() {
        return "password-reset";
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
