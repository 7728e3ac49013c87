package org.extranet.address;

/** The fields of the address request form, so that a refusal can be shown at the field it concerns. */
public enum AddressField {
    NAME, STREET, POSTAL_CODE, CITY, COUNTRY, NOTE
}
