package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowsersTest {

    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String CHROME_ON_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Test
    void a_header_names_its_browser_and_system_the_same_way_each_time() {
        assertThat(Browsers.of(FIREFOX_ON_WINDOWS)).isEqualTo(new Browsers("Firefox", "Windows"));
        assertThat(Browsers.of(FIREFOX_ON_WINDOWS)).isEqualTo(new Browsers("Firefox", "Windows"));
        assertThat(Browsers.of(CHROME_ON_MAC)).isEqualTo(new Browsers("Chrome", "Mac OS X"));
    }

    @Test
    void many_made_up_headers_do_not_change_what_a_real_one_is() {
        for (int i = 0; i < 2_500; i++) {
            assertThat(Browsers.of("made-up/" + i)).isEqualTo(new Browsers(null, null));
        }
        assertThat(Browsers.of(CHROME_ON_MAC)).isEqualTo(new Browsers("Chrome", "Mac OS X"));
        assertThat(Browsers.of(null)).isEqualTo(new Browsers(null, null));
        assertThat(Browsers.of(" ")).isEqualTo(new Browsers(null, null));
    }
}
