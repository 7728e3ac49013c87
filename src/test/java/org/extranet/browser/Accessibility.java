package org.extranet.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core over the page the browser shows, with its default rule set (WCAG 2.x A and AA plus
 * best practices): nothing disabled, nothing narrowed, in light colours; then its colour rules
 * again as a browser whose system asks for dark ones sees the page. Any violation fails the test with every rule, its
 * explanation and the elements it found.
 */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * Plays every finite animation and transition to its end at once (the page then looks as it will
     * once they are over, without waiting for them: switching to dark colours starts half-second
     * transitions), and is true once none is running, no Vaadin overlay or notification is opening or
     * closing (they mark that with attributes while they fade in or out) and every notice is fully
     * opaque (a notice that moved away from the focus was once caught half-faded without this).
     */
    private static final String SETTLED = """
            const finite = animation => animation.playState === 'running' && animation.effect != null
                && animation.effect.getComputedTiming().endTime !== Infinity;
            document.getAnimations().filter(finite).forEach(animation => animation.finish());
            const opaque = element => getComputedStyle(element).opacity === '1';
            return document.querySelector('[opening], [closing]') === null
                && !document.getAnimations().some(finite)
                && [...document.querySelectorAll('vaadin-notification-card')].every(card => opaque(card)
                    && [...(card.shadowRoot ? card.shadowRoot.querySelectorAll('[part]') : [])].every(opaque));
            """;

    public static void assertNoViolations(WebDriver driver, String page) {
        assertClean(driver, page, () -> violations(driver, ALL_RULES));
        // Pages follow the system's colour scheme unless the user chose one: the same page once more
        // with the system asking for dark, then back to what the browser had. Only colours change,
        // so only the rules about colours run again.
        var browser = (HasCdp) driver;
        browser.executeCdpCommand("Emulation.setEmulatedMedia", colorScheme("dark"));
        try {
            assertClean(driver, page + " in dark colours", () -> violations(driver, COLOUR_RULES));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", colorScheme(""));
        }
    }

    /** The media feature for the emulation: "dark", "light", or "" for none. */
    private static Map<String, Object> colorScheme(String value) {
        return Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", value)));
    }

    /**
     * Fails with the violations the check finds. A colour caught in the middle of a transition (a
     * notice moving away from the focus, the page changing colour scheme) reads as too little
     * contrast, so a page with violations is looked at again for a few seconds before the test fails.
     */
    private static void assertClean(WebDriver driver, String page, Supplier<List<String>> check) {
        var found = new AtomicReference<>(check.get());
        if (found.get().isEmpty()) {
            return;
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(4), Duration.ofMillis(500)).until(browser -> {
                found.set(check.get());
                return found.get().isEmpty();
            });
        } catch (TimeoutException stillThere) {
            fail(found.get().size() + " accessibility violation(s) on " + page + ":\n" + String.join("\n", found.get()));
        }
    }

    /**
     * axe-core's findings on the page as it is once settled. axe-core is put into the page (half a
     * megabyte) the first time it is checked after a load and stays there. It runs on the page itself,
     * as {@code axe.run} does in a browser: Selenium's AxeBuilder would also open a window of its own
     * for each check and wait half a minute for any frame it cannot script (the mail shown in a
     * sandbox on Sent mail), only to report that frame as not tested, as axe.run does at once.
     * Passes are not needed, so only violations are gathered in full.
     */
    @SuppressWarnings("unchecked")
    private static List<String> violations(WebDriver driver, String rules) {
        var page = (JavascriptExecutor) driver;
        // Colours are only what they are once fading in (or into dark) is over; axe would measure half-way.
        BrowserTest.waiting(driver).until(browser -> Boolean.TRUE.equals(page.executeScript(SETTLED)));
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
            page.executeScript(AXE_SOURCE);
        }
        return (List<String>) page.executeAsyncScript(AXE_RUN, rules);
    }

    private static final String AXE_SOURCE = axeSource();

    /** axe-core's default rule set: nothing disabled, nothing narrowed. */
    private static final String ALL_RULES = "";

    /** The default rules whose outcome depends on colours. */
    private static final String COLOUR_RULES = "color-contrast,link-in-text-block";

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            const options = {resultTypes: ['violations']};
            if (arguments[0]) {
              options.runOnly = {type: 'rule', values: arguments[0].split(',')};
            }
            axe.run(document, options)
                .then(results => done(results.violations.map(rule => '- ' + rule.id + ' (' + rule.impact
                    + '): ' + rule.help + ' ' + rule.helpUrl + rule.nodes.map(node => '\\n    at ' + node.target.join(' ')
                    + '\\n       ' + String(node.failureSummary).replaceAll('\\n', '\\n       ')).join(''))))
                .catch(error => done(['- axe-core could not run: ' + error]));
            """;

    /** The axe-core script that comes with axe-core's Selenium integration, the version the build names. */
    private static String axeSource() {
        try (InputStream script = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
