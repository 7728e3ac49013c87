package org.extranet.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sign-in page as a browser first loads it from a node that may still be starting: the page itself,
 * then Vaadin's start of the UI and the navigation to the sign-in view, whose answer carries the view's
 * texts. A page alone would also come from a node that fails to show the view.
 */
final class FirstPage {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    FirstPage(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The sign-in view's answer once the page answers 200, or empty while the node does not answer yet. */
    Optional<String> load() throws InterruptedException {
        try {
            if (get("/login").statusCode() != 200) {
                return Optional.empty();
            }
        } catch (IOException notListeningYet) {
            return Optional.empty();
        }
        try {
            var init = get("/?v-r=init&location=login&query=");
            var key = SECURITY_KEY.matcher(init.body());
            if (init.statusCode() != 200 || !key.find()) {
                throw new IllegalStateException("Vaadin's UI did not start: " + init.statusCode() + " " + init.body());
            }
            String navigation = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"login",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}\
                    """.formatted(key.group(1));
            var view = client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigation)).build(), HttpResponse.BodyHandlers.ofString());
            if (view.statusCode() != 200) {
                throw new IllegalStateException("The navigation to the sign-in view answered " + view.statusCode());
            }
            return Optional.of(view.body());
        } catch (IOException e) {
            throw new IllegalStateException("The node answered its page, then failed", e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
