package org.extranet.address;

import org.jspecify.annotations.Nullable;

/** What "Request a new delivery address" asks for. Limits match the database's. */
public record AddressRequestData(String name, String street, String postalCode, String city, String countryCode,
                                 @Nullable String note) {

    public static final int NAME_MAX = 200;
    public static final int STREET_MAX = 200;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int CITY_MAX = 100;
    public static final int NOTE_MAX = 2000;
    public static final String DEFAULT_COUNTRY = "PL";

    /** An empty form, in the country most addresses are in. */
    public static AddressRequestData empty() {
        return new AddressRequestData("", "", "", "", DEFAULT_COUNTRY, "");
    }

    /** The form filled in with an address (one a request asked for, or one being edited), no note. */
    public static AddressRequestData of(PostalAddress address) {
        return new AddressRequestData(address.name(), address.street(), address.postalCode(), address.city(),
                address.countryCode(), "");
    }

    /** The place itself, without the note. */
    public PostalAddress address() {
        return new PostalAddress(name, street, postalCode, city, countryCode);
    }
}
