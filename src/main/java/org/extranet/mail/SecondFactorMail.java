package org.extranet.mail;

import java.util.Map;
import org.extranet.base.Language;

/**
 * Tells the user that a second factor was added to their account or taken from it, by themselves
 * or by an administrator, so that a change they did not make does not go unnoticed.
 */
public record SecondFactorMail(String recipient, Language language, String firstName, Change change) implements Mail {

    public enum Change {
        /** They set up an authenticator app. */
        ADDED("second-factor-added"),
        /** They removed their authenticator app. */
        REMOVED("second-factor-removed"),
        /** Their company's administrator or the service department removed it (the user had lost it, say). */
        REMOVED_BY_ADMINISTRATOR("second-factor-reset");

        private final String template;

        Change(String template) {
            this.template = template;
        }
    }

    @Override
    public String template() {
        return change.template;
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName);
    }
}
