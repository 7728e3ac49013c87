package org.extranet.mail;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * Tells whoever asked for a new delivery address what the Distributor Service Department decided:
 * accepted (with the address as registered, which may have been corrected) or rejected (with the
 * requested address and the reason).
 */
public record AddressRequestDecisionMail(String recipient, Language language, String firstName, boolean accepted,
                                         OffsetDateTime requestedAt, String placeName, String street,
                                         String postalCode, String city, String countryCode,
                                         @Nullable String reason) implements Mail {

    @Override
    public String template() {
        return accepted ? "address-request-accepted" : "address-request-rejected";
    }

    @Override
    public Map<String, Object> model() {
        return Map.ofEntries(
                Map.entry("firstName", firstName),
                Map.entry("requestedAt", requestedAt),
                Map.entry("placeName", placeName),
                Map.entry("street", street),
                Map.entry("postalCode", postalCode),
                Map.entry("city", city),
                Map.entry("country", new Locale.Builder().setRegion(countryCode).build()
                        .getDisplayCountry(language.locale())),
                Map.entry("reason", reason == null || reason.isBlank() ? "–" : reason));
    }
}
