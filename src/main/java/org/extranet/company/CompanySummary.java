package org.extranet.company;

/** A company as a chooser lists it: enough to recognise it and act for it. */
public record CompanySummary(long id, String name, String customerNumber) {
}
