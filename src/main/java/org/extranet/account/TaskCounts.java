package org.extranet.account;

import org.jspecify.annotations.Nullable;

/**
 * The numbers beside the start page's shortcuts, each null when the user has no such task: a
 * company's users for its administrator, the open address requests of every company for staff.
 */
public record TaskCounts(@Nullable CompanyUsers companyUsers, @Nullable Integer openAddressRequests) {

    /** All users of the administrator's company, those invited who have not set a password yet, and those locked. */
    public record CompanyUsers(int all, int invited, int locked) {
    }
}
