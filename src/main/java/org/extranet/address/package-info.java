/**
 * Delivery addresses: the company's head office and the addresses the
 * Distributor Service Department registered, and requests to that department for new ones.
 */
@NullMarked
package org.extranet.address;

import org.jspecify.annotations.NullMarked;
