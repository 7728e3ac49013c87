package org.extranet.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signing keys as the authorization server asks for them: to sign (the newest), to publish
 * (JWKS) and to check the provider's own tokens (userinfo). Read from the database at most every
 * half minute, and at once when a token names a key this node has not seen (another node rotated).
 */
final class DatabaseJwkSource implements JWKSource<SecurityContext> {

    private static final long FRESH_FOR = Duration.ofSeconds(30).toNanos();

    private final SigningKeys keys;
    private volatile List<JWK> cached = List.of();
    private volatile long loadedAt;

    DatabaseJwkSource(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) {
        List<JWK> current = cached;
        if (current.isEmpty() || System.nanoTime() - loadedAt > FRESH_FOR || unknownKeyAsked(selector, current)) {
            current = reload();
        }
        return selector.select(new JWKSet(current));
    }

    /** The key that signs now. */
    JWK signingKey() {
        List<JWK> current = cached.isEmpty() || System.nanoTime() - loadedAt > FRESH_FOR ? reload() : cached;
        return current.getFirst();
    }

    List<JWK> reload() {
        List<JWK> loaded = keys.published();
        cached = loaded;
        loadedAt = System.nanoTime();
        return loaded;
    }

    private static boolean unknownKeyAsked(JWKSelector selector, List<JWK> current) {
        var ids = selector.getMatcher().getKeyIDs();
        return ids != null && !ids.isEmpty() && current.stream().noneMatch(key -> ids.contains(key.getKeyID()));
    }
}
