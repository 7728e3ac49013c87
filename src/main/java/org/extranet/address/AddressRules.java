package org.extranet.address;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What makes an address request acceptable, in one place: the form checks each field with it as
 * the user types, and the service checks the whole request again before anything is written.
 */
public final class AddressRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern POLISH_POSTAL_CODE = Pattern.compile("\\d{2}-\\d{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");

    /** The longest reason for a rejection; the database's limit. */
    public static final int REASON_MAX = 2000;

    private AddressRules() {
    }

    /** The ISO 3166 codes a request may name. */
    public static Set<String> countryCodes() {
        return COUNTRIES;
    }

    /**
     * Why a field's value is refused, if it is. The postal code is checked against the country's
     * format where the product knows it (Poland's 00-000).
     */
    public static Optional<FieldRefusal> problem(AddressField field, @Nullable String value,
                                                            @Nullable String countryCode) {
        String stripped = value == null ? "" : value.strip();
        return Optional.ofNullable(switch (field) {
            case NAME -> line(field, stripped, AddressRequestData.NAME_MAX);
            case STREET -> line(field, stripped, AddressRequestData.STREET_MAX);
            case CITY -> line(field, stripped, AddressRequestData.CITY_MAX);
            case POSTAL_CODE -> postalCode(stripped, countryCode == null ? "" : countryCode.strip());
            case COUNTRY -> COUNTRIES.contains(stripped) ? null
                    : new FieldRefusal(field, "addresses.error.country");
            case NOTE -> stripped.length() > AddressRequestData.NOTE_MAX
                    ? new FieldRefusal(field, "addresses.error.too-long", AddressRequestData.NOTE_MAX) : null;
        });
    }

    /** The request cleaned up (trimmed, no empty note), or the first problem found, in the form's order. */
    static AddressRequestData validated(AddressRequestData data) {
        String country = data.countryCode() == null ? "" : data.countryCode().strip();
        for (AddressField field : AddressField.values()) {
            String value = switch (field) {
                case NAME -> data.name();
                case STREET -> data.street();
                case POSTAL_CODE -> data.postalCode();
                case CITY -> data.city();
                case COUNTRY -> country;
                case NOTE -> data.note();
            };
            var problem = problem(field, value, country);
            if (problem.isPresent()) {
                throw problem.get();
            }
        }
        String note = data.note() == null || data.note().isBlank() ? null : data.note().strip();
        return new AddressRequestData(data.name().strip(), data.street().strip(), data.postalCode().strip(),
                data.city().strip(), country, note);
    }

    /** An address to register, cleaned up the same way as a request, or the first problem found. */
    static PostalAddress validated(PostalAddress address) {
        return validated(AddressRequestData.of(address)).address();
    }

    /** Why a rejection's reason is refused, if it is: the requester must learn why, in a readable length. */
    public static Optional<Refusal> reasonProblem(@Nullable String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            return Optional.of(new Refusal("addresses.error.required"));
        }
        if (stripped.length() > REASON_MAX) {
            return Optional.of(new Refusal("addresses.error.too-long", REASON_MAX));
        }
        return Optional.empty();
    }

    private static @Nullable FieldRefusal line(AddressField field, String value, int max) {
        if (value.isEmpty()) {
            return new FieldRefusal(field, "addresses.error.required");
        }
        if (value.length() > max) {
            return new FieldRefusal(field, "addresses.error.too-long", max);
        }
        // A single-line field never holds line breaks or other control characters (API callers could send them).
        if (value.chars().anyMatch(Character::isISOControl)) {
            return new FieldRefusal(field, "addresses.error.characters");
        }
        return null;
    }

    private static @Nullable FieldRefusal postalCode(String value, String countryCode) {
        var problem = line(AddressField.POSTAL_CODE, value, AddressRequestData.POSTAL_CODE_MAX);
        if (problem != null) {
            return problem;
        }
        if ("PL".equals(countryCode)) {
            return POLISH_POSTAL_CODE.matcher(value).matches() ? null
                    : new FieldRefusal(AddressField.POSTAL_CODE, "addresses.error.postal-code-pl");
        }
        return POSTAL_CODE.matcher(value).matches() ? null
                : new FieldRefusal(AddressField.POSTAL_CODE, "addresses.error.postal-code");
    }
}
