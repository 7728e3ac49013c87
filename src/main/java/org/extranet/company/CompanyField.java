package org.extranet.company;

/** The fields of the company form, so that a refusal can be shown at the field it concerns. */
public enum CompanyField {
    NAME, CUSTOMER_NUMBER, TAX_ID, STREET, POSTAL_CODE, CITY, COUNTRY
}
