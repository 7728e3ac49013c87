package org.extranet.mail;

import java.util.Map;
import org.extranet.base.Language;

/** Tells the user a passkey was added to their account, so that one they did not add does not go unnoticed. */
public record PasskeyAddedMail(String recipient, Language language, String firstName, String passkey) implements Mail {

    @Override
    public String template() {
        return "passkey-added";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "passkey", passkey);
    }
}
