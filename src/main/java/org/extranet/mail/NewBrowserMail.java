package org.extranet.mail;

import java.time.OffsetDateTime;
import java.util.Map;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * Tells the user their account was just signed in to from a browser and system it had not been
 * used with before, with when and from where, and what to do if it was not them: a sign-in they
 * did not make does not go unnoticed.
 */
public record NewBrowserMail(String recipient, Language language, String firstName, OffsetDateTime signedInAt,
                             @Nullable String browser, @Nullable String system, @Nullable String clientAddress)
        implements Mail {

    @Override
    public String template() {
        return "new-browser";
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("firstName", firstName, "signedInAt", signedInAt,
                "browser", orDash(browser), "system", orDash(system), "clientAddress", orDash(clientAddress));
    }

    /** What the User-Agent did not name shows as a dash, as an empty note does. */
    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
