package org.extranet.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core over the page the browser shows, with its default rule set (WCAG 2.x A and AA plus
 * best practices): nothing disabled, nothing narrowed. Any violation fails the test with every
 * rule, its explanation and the elements it found.
 */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * True once no finite animation is running and no Vaadin overlay or notification is opening or
     * closing (they mark that with attributes while they fade in or out).
     */
    private static final String SETTLED = """
            return document.querySelector('[opening], [closing]') === null
                && document.getAnimations().every(animation => animation.playState !== 'running'
                    || animation.effect == null
                    || animation.effect.getComputedTiming().endTime === Infinity);
            """;

    public static void assertNoViolations(WebDriver driver, String page) {
        // Colours are only what they are once fading in is over; axe would measure half-way.
        BrowserTest.waiting(driver).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(SETTLED)));
        var results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + page + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                + rule.getNodes().stream()
                        .map(node -> "\n    at " + node.getTarget() + "\n       "
                                + String.valueOf(node.getFailureSummary()).replace("\n", "\n       "))
                        .collect(Collectors.joining());
    }
}
