package org.extranet.mail;

import java.util.Map;
import org.extranet.base.Language;

/** Tells the user their password was changed, so a change they did not make does not go unnoticed. */
public record PasswordChangedMail(String recipient, Language language, String firstName) implements Mail {

    @Override
    public String template() {
        return "password-changed";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName);
    }
}
