package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests count as the product's stylesheets: exact paths, plain GETs, nothing of Vaadin's. */
class StylesheetsTest {

    private final Stylesheets stylesheets = new Stylesheets(Set.of("/styles.css", "/layout.css"));

    private static MockHttpServletRequest request(String method, String uri) {
        var request = new MockHttpServletRequest(method, uri);
        int query = uri.indexOf('?');
        if (query >= 0) {
            request.setRequestURI(uri.substring(0, query));
            request.setQueryString(uri.substring(query + 1));
            for (String parameter : uri.substring(query + 1).split("&")) {
                String[] pair = parameter.split("=", 2);
                request.addParameter(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return request;
    }

    @Test
    void a_plain_get_of_a_listed_stylesheet_matches() {
        assertThat(stylesheets.matches(request("GET", "/styles.css"))).isTrue();
        assertThat(stylesheets.matches(request("GET", "/layout.css"))).isTrue();
    }

    @Test
    void any_other_css_path_vaadin_requests_other_methods_and_path_tricks_do_not() {
        assertThat(stylesheets.matches(request("GET", "/x.css"))).isFalse();
        assertThat(stylesheets.matches(request("POST", "/x.css?v-r=uidl&v-uiId=0"))).isFalse();
        assertThat(stylesheets.matches(request("POST", "/styles.css"))).isFalse();
        assertThat(stylesheets.matches(request("GET", "/styles.css?v-r=uidl"))).isFalse();
        assertThat(stylesheets.matches(request("GET", "/styles.css?v-r="))).isFalse();
        assertThat(stylesheets.matches(request("GET", "/styles.css;jsessionid=1"))).isFalse();
        assertThat(stylesheets.matches(request("GET", "/admin/styles.css"))).isFalse();
        assertThat(stylesheets.matches(request("GET", "/%73tyles.css"))).isFalse();
    }

    @Test
    void the_products_stylesheets_are_the_files_at_the_root_of_the_static_resources() {
        assertThat(Stylesheets.ofTheProduct().paths()).contains("/styles.css", "/layout.css")
                .allSatisfy(path -> assertThat(path).matches("/[^/]+\\.css"));
    }
}
