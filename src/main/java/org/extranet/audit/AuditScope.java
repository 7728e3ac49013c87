package org.extranet.audit;

import org.jspecify.annotations.Nullable;

/**
 * Whose events the signed-in user looks at: staff every company's or one company's, an
 * administrator always their own company's.
 */
public record AuditScope(boolean staff, @Nullable Long companyId, @Nullable String companyName) {

    public boolean allCompanies() {
        return companyId == null;
    }
}
