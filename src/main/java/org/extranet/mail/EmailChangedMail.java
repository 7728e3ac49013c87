package org.extranet.mail;

import java.util.Map;
import org.extranet.base.Language;

/**
 * To the address a user signed in with until now: it was changed to another one, so a change the
 * user did not ask for does not go unnoticed, and whoever got links there knows they are void.
 */
public record EmailChangedMail(String recipient, Language language, String firstName, String newEmail)
        implements Mail {

    @Override
    public String template() {
        return "email-changed";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "newEmail", newEmail);
    }
}
