/**
 * The extranet's other applications, as staff register them in the back office for the OpenID
 * Connect provider: addresses, kind (confidential or public), scopes, the secret shown once, and
 * whether they may sign users in at all.
 */
@NullMarked
package org.extranet.application;

import org.jspecify.annotations.NullMarked;
