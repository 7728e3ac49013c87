package org.extranet.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core over the page the browser shows, with its default rule set (WCAG 2.x A and AA plus
 * best practices): nothing disabled, nothing narrowed, in light colours and again as a browser
 * whose system asks for dark ones sees it. Any violation fails the test with every rule, its
 * explanation and the elements it found.
 */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * True once no finite animation is running, no Vaadin overlay or notification is opening or
     * closing (they mark that with attributes while they fade in or out) and every notice is fully
     * opaque (a notice that moved away from the focus was once caught half-faded without this).
     */
    private static final String SETTLED = """
            const opaque = element => getComputedStyle(element).opacity === '1';
            return document.querySelector('[opening], [closing]') === null
                && document.getAnimations().every(animation => animation.playState !== 'running'
                    || animation.effect == null
                    || animation.effect.getComputedTiming().endTime === Infinity)
                && [...document.querySelectorAll('vaadin-notification-card')].every(card => opaque(card)
                    && [...(card.shadowRoot ? card.shadowRoot.querySelectorAll('[part]') : [])].every(opaque));
            """;

    public static void assertNoViolations(WebDriver driver, String page) {
        assertClean(driver, page, () -> violations(driver, page));
        // Pages follow the system's colour scheme unless the user chose one: the same page once more
        // with the system asking for dark, then back to what the browser had.
        var browser = (HasCdp) driver;
        browser.executeCdpCommand("Emulation.setEmulatedMedia", colorScheme("dark"));
        try {
            assertClean(driver, page + " in dark colours", () -> violations(driver, page));
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
     * axe-core's findings on the page as it is once settled. axe-core stays in a page once put there,
     * so it is sent (half a megabyte) once per page load.
     */
    @SuppressWarnings("unchecked")
    private static List<String> violations(WebDriver driver, String page) {
        // Colours are only what they are once fading in (or into dark) is over; axe would measure half-way.
        BrowserTest.waiting(driver).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(SETTLED)));
        if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return typeof axe !== 'undefined'"))) {
            return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(AXE_AGAIN);
        }
        var results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Accessibility::describe).toList();
    }

    private static final String AXE_AGAIN = """
            const done = arguments[arguments.length - 1];
            axe.run(document).then(results => done(results.violations.map(rule => '- ' + rule.id + ' (' + rule.impact
                    + '): ' + rule.help + ' ' + rule.helpUrl + rule.nodes.map(node => '\\n    at ' + node.target.join(' ')
                    + '\\n       ' + node.failureSummary).join(''))))
                .catch(error => done(['- axe-core could not run: ' + error]));
            """;

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                + rule.getNodes().stream()
                        .map(node -> "\n    at " + node.getTarget() + "\n       "
                                + String.valueOf(node.getFailureSummary()).replace("\n", "\n       "))
                        .collect(Collectors.joining());
    }
}
