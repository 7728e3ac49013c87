package org.extranet.company;

import java.util.List;

/** A company as the staff's company page opens it, with the permissions it may hand out. */
public record EditableCompany(long id, int version, CompanyData data, List<String> entitlements) {
}
