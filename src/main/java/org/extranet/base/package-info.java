/** What every feature shares: the product's clock and time zone. */
@NullMarked
package org.extranet.base;

import org.jspecify.annotations.NullMarked;
