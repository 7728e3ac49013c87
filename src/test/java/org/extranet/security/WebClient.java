package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for HTTP-level tests: it keeps its cookies (so it has a session of
 * its own), follows no redirect, and can sign in the way the sign-in page does, with the CSRF
 * token the page puts in its meta tags.
 */
public final class WebClient {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    public WebClient(int port) {
        this("localhost", port);
    }

    public WebClient(String host, int port) {
        this.base = "http://" + host + ":" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The sign-in page's CSRF parameter and this session's token, as the page's meta tags carry them. */
    Map.Entry<String, String> csrfToken() {
        return csrfToken("/login");
    }

    /** A page's CSRF parameter and this session's token, as the page's meta tags carry them. */
    Map.Entry<String, String> csrfToken(String path) {
        var page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        var meta = new LinkedHashMap<String, String>();
        META.matcher(page.body()).results().forEach(match -> meta.put(match.group(1), match.group(2)));
        assertThat(meta).as("the sign-in page carries a CSRF token for its form").containsKeys("_csrf", "_csrf_parameter");
        return Map.entry(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Posts the sign-in form as the page does: e-mail, password and this session's token. */
    public HttpResponse<String> signIn(String email, String password, String... headers) {
        var token = csrfToken();
        return post("/login", Map.of("username", email, "password", password, token.getKey(), token.getValue()), headers);
    }

    /** A request with a JSON body (or none), as the pages' scripts send them, and whatever headers are given. */
    HttpResponse<String> json(String method, String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** True when the start page is served, not a redirect to the sign-in page. */
    public boolean isSignedIn() {
        var start = get("/");
        if (start.statusCode() == 200) {
            return true;
        }
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        return false;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
