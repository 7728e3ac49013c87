package org.extranet.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility check finds what it is there to find: every browser test relies on it, so a
 * check that ran no rules, or never looked at the dark colours, would pass them all unnoticed.
 */
class AccessibilityIT extends BrowserTest {

    @Test
    void text_readable_only_in_light_colours_fails_the_check_in_dark_ones() {
        open("/login");
        // Nearly black on the light page's white, nearly black on the dark page's dark blue too.
        ((JavascriptExecutor) driver).executeScript("""
                const text = document.createElement('p');
                text.textContent = 'Dark grey text';
                text.style.color = '#202020';
                document.querySelector('main').append(text);
                """);

        assertThatThrownBy(() -> Accessibility.assertNoViolations(driver, "the sign-in page with dark grey text"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("1 accessibility violation(s) on the sign-in page with dark grey text in dark colours")
                .hasMessageContaining("- color-contrast (serious)");
    }
}
