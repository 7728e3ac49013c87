/**
 * The second factor: an authenticator app (TOTP) with single-use recovery codes, set up on Account
 * information or, for someone who must have one, right after the password; the second-factor step
 * of signing in; a company's choice to require it; and removing it.
 */
@NullMarked
package org.extranet.secondfactor;

import org.jspecify.annotations.NullMarked;
