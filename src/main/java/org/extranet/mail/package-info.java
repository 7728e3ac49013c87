/**
 * E-mail that cannot be lost: mail is rendered and written to the outbox in the transaction of the
 * change that causes it, sent afterwards by a background sender with retries, and readable by staff
 * on the "Sent mail" page.
 */
@NullMarked
package org.extranet.mail;

import org.jspecify.annotations.NullMarked;
