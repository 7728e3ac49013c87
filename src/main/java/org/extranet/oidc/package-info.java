/**
 * The OpenID Connect provider of the whole extranet, on Spring Security's authorization server:
 * its filter chain (sign-in and second factor are the product's own), the claims, the signing keys
 * in PostgreSQL, and withdrawing access at once (revoked authorizations, back-channel logout).
 */
@NullMarked
package org.extranet.oidc;

import org.jspecify.annotations.NullMarked;
