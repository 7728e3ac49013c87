package org.extranet.address;

import java.util.List;

/**
 * What a company's Delivery addresses page shows: the head office (the default delivery address),
 * the other registered addresses, and the company's requests for new ones, newest first.
 */
public record AddressBook(long companyId, PostalAddress headOffice, List<PostalAddress> deliveryAddresses,
                          List<AddressRequestRow> requests) {
}
