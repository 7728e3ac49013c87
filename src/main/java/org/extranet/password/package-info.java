/**
 * The password a user sets: what a new one must be, and the one-time links that let a user set one
 * (the welcome link and the forgotten-password link). The pages that open the links, and the
 * actions that mail them, build on this package; it knows nothing of mail.
 */
@NullMarked
package org.extranet.password;

import org.jspecify.annotations.NullMarked;
