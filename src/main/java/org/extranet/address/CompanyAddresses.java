package org.extranet.address;

import java.util.List;

/**
 * A company's delivery addresses as staff manage them: the head office (the default, kept with the
 * company's details) and the other registered addresses, by name.
 */
public record CompanyAddresses(long companyId, String companyName, PostalAddress headOffice,
                               List<RegisteredAddress> deliveryAddresses) {
}
