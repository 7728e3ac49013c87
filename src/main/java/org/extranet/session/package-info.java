/**
 * Signed-in sessions that people can see and end: a user's own ("Your sessions" on Account
 * information, "Sign out" one, "Sign out everywhere else"), a user's sessions for their company's
 * administrators and staff ("Sign out everywhere" in the user edit window), and the mail when an
 * account is signed in to from a browser it was not used with before. The records themselves are
 * written, checked and ended by {@code security}, on every request.
 */
@NullMarked
package org.extranet.session;

import org.jspecify.annotations.NullMarked;
