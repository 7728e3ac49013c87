package org.extranet.company;

import org.jspecify.annotations.Nullable;

/** A company as a chooser lists it: enough to recognise it and act for it. */
public record CompanySummary(long id, String name, String customerNumber, @Nullable String taxId, String city) {
}
