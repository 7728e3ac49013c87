package org.extranet.passkey;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where passkeys belong; {@code extranet.passkeys.*}. Unset, both follow the product's public
 * address ({@code extranet.public-url}): the relying party is its host and the one allowed origin
 * its origin; while the relying party is {@code localhost}, the port the product really listens on
 * is allowed too, so that a run on a random port (the tests) works without settings.
 *
 * @param rpId           the domain the passkeys belong to, such as {@code extranet.example.com}
 * @param allowedOrigins the addresses the product's pages are opened at, each as scheme, host and port
 */
@ConfigurationProperties("extranet.passkeys")
public record PasskeySettings(@Nullable String rpId, @Nullable List<String> allowedOrigins) {

    static final String LOCALHOST = "localhost";

    /** The relying party's id for a product reached at this public address. */
    String relyingParty(String publicUrl) {
        if (rpId != null && !rpId.isBlank()) {
            return rpId.strip();
        }
        String host = URI.create(publicUrl.strip()).getHost();
        return host == null ? LOCALHOST : host;
    }

    /** The origins the ceremonies accept, given the public address and the port the product listens on, if known. */
    Set<String> origins(String publicUrl, @Nullable Integer localPort) {
        var origins = new LinkedHashSet<String>();
        if (allowedOrigins != null && !allowedOrigins.isEmpty()) {
            allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).forEach(origins::add);
            return origins;
        }
        URI url = URI.create(publicUrl.strip());
        origins.add(url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort()));
        if (LOCALHOST.equals(relyingParty(publicUrl)) && localPort != null) {
            origins.add("http://" + LOCALHOST + ":" + localPort);
        }
        return origins;
    }
}
