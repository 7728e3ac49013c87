package org.extranet.mail;

import java.util.Locale;
import java.util.Map;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * "Request a new delivery address": tells the Distributor Service Department which company asks
 * for which address, and who asked, so they can register it in their back office.
 */
public record AddressRequestMail(String recipient, Language language, long requestId, String companyName,
                                 String customerNumber, String requesterName, String requesterEmail, String placeName,
                                 String street, String postalCode, String city, String countryCode,
                                 @Nullable String note) implements Mail {

    @Override
    public String template() {
        return "address-request";
    }

    @Override
    public Map<String, Object> model() {
        return Map.ofEntries(
                Map.entry("requestId", requestId),
                Map.entry("companyName", companyName),
                Map.entry("customerNumber", customerNumber),
                Map.entry("requesterName", requesterName),
                Map.entry("requesterEmail", requesterEmail),
                Map.entry("placeName", placeName),
                Map.entry("street", street),
                Map.entry("postalCode", postalCode),
                Map.entry("city", city),
                // The department reads the country's name in its own language, with the code beside it.
                Map.entry("country", new Locale.Builder().setRegion(countryCode).build()
                        .getDisplayCountry(language.locale()) + " (" + countryCode + ")"),
                Map.entry("note", note == null || note.isBlank() ? "–" : note));
    }
}
