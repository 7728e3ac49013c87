/**
 * Passkeys (WebAuthn): a user registers passkeys on Account information, names, renames and removes
 * them, and is mailed when one is added or removed. The ceremonies themselves are Spring Security's
 * (verified by webauthn4j), on the passkeys stored here; signing in with one is {@code security}'s.
 */
@NullMarked
package org.extranet.passkey;

import org.jspecify.annotations.NullMarked;
