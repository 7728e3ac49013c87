package org.extranet.address;

/** An address as a list shows it: the place's name, then street, postal code, city and country (ISO code). */
public record PostalAddress(String name, String street, String postalCode, String city, String countryCode) {
}
