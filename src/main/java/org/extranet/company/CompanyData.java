package org.extranet.company;

import org.jspecify.annotations.Nullable;

/** A company as staff register and edit it: its name, numbers and head-office address. */
public record CompanyData(String name, String customerNumber, @Nullable String taxId, String street,
                          String postalCode, String city, String countryCode) {
}
