package org.extranet.address;

/** A delivery address the Distributor Service Department registered, with its id to edit or remove it by. */
public record RegisteredAddress(long id, PostalAddress address) {
}
