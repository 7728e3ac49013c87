package org.extranet.mail;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.extranet.account.Language;

/** The welcome mail ("Create new user and notify"): a link to set a password. */
public record InvitationMail(String recipient, Language language, String firstName, String companyName, String link,
                             OffsetDateTime expiresAt) implements Mail {

    @Override
    public String template() {
        return "invitation";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "companyName", companyName, "expiresAt", expiresAt);
    }

    @Override
    public Optional<String> buttonLink() {
        return Optional.of(link);
    }
}
