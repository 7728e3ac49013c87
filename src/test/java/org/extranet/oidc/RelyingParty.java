package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.extranet.security.WebClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scripted relying party: builds authorization requests (with PKCE and a nonce), follows the
 * browser's redirects through the product's sign-in, and talks to the token endpoints.
 */
final class RelyingParty {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    final String clientId;
    final @Nullable String secret;
    final String redirectUri;
    final WebClient server;
    /** The registration's id, for staff's service; null when the test does not need it. */
    @Nullable String id;

    RelyingParty(int port, String clientId, @Nullable String secret, String redirectUri) {
        this.clientId = clientId;
        this.secret = secret;
        this.redirectUri = redirectUri;
        this.server = new WebClient(port);
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String authorizePath(String scope, String state, String nonce, @Nullable String verifier, String redirect) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirect);
        parameters.put("scope", scope);
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        if (verifier != null) {
            parameters.put("code_challenge", challenge(verifier));
            parameters.put("code_challenge_method", "S256");
        }
        return "/oauth2/authorize?" + form(parameters);
    }

    /** The browser's GET of a path, following the product's own redirects until one leaves it (or a page is served). */
    static HttpResponse<String> follow(WebClient browser, String path) {
        var response = browser.get(path);
        for (int hop = 0; hop < 5 && response.statusCode() == 302; hop++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            URI target = URI.create(location);
            if (target.isAbsolute() && !(target.getHost().equals("localhost") && target.getPath().startsWith("/oauth2"))) {
                return response;
            }
            response = browser.get(target.isAbsolute() ? target.getRawPath() + "?" + target.getRawQuery() : location);
        }
        return response;
    }

    static Map<String, String> query(String location) {
        String query = URI.create(location).getRawQuery();
        return java.util.Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "",
                        StandardCharsets.UTF_8), (a, b) -> a));
    }

    HttpResponse<String> token(Map<String, String> parameters) {
        var form = new LinkedHashMap<>(parameters);
        if (secret == null) {
            form.put("client_id", clientId);
            return server.post("/oauth2/token", form, "Accept", "application/json");
        }
        return server.post("/oauth2/token", form, "Accept", "application/json", "Authorization", basic());
    }

    HttpResponse<String> exchange(String code, @Nullable String verifier) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return token(form);
    }

    HttpResponse<String> refresh(String refreshToken) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    JsonNode introspect(String token) {
        var response = server.post("/oauth2/introspect", Map.of("token", token), "Accept", "application/json",
                "Authorization", basic());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> revoke(String token) {
        return server.post("/oauth2/revoke", Map.of("token", token), "Authorization", basic());
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(String.valueOf(secret)))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
