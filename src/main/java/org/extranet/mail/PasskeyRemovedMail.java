package org.extranet.mail;

import java.util.Map;
import org.extranet.base.Language;

/** Tells the user a passkey was removed from their account: it no longer signs them in. */
public record PasskeyRemovedMail(String recipient, Language language, String firstName, String passkey) implements Mail {

    @Override
    public String template() {
        return "passkey-removed";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "passkey", passkey);
    }
}
