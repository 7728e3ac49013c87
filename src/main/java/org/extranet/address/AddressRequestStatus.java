package org.extranet.address;

/**
 * Where a request for a new delivery address stands; translated under
 * {@code addresses.status.<name>}. The department decides an open request once, either way.
 */
public enum AddressRequestStatus {
    OPEN, ACCEPTED, REJECTED;

    /** The only moves there are: an open request is accepted or rejected, and stays so. */
    public boolean mayBecome(AddressRequestStatus next) {
        return this == OPEN && next != OPEN;
    }

    /** A rejection must say why, so the requester learns what to do differently. */
    public boolean needsReason() {
        return this == REJECTED;
    }
}
