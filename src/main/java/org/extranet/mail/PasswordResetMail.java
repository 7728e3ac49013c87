package org.extranet.mail;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.extranet.account.Language;

/** "Forgot password?": a link to set a new password. */
public record PasswordResetMail(String recipient, Language language, String firstName, String link,
                                OffsetDateTime expiresAt) implements Mail {

    @Override
    public String template() {
        return "password-reset";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "expiresAt", expiresAt);
    }

    @Override
    public Optional<String> buttonLink() {
        return Optional.of(link);
    }
}
