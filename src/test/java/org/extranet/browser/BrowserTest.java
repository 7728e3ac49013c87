package org.extranet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and one headless Chromium per test class. The driver and the
 * browser are named explicitly and the browser gets a fresh profile, so nothing is downloaded and
 * nothing leaks in from an earlier run. Every test starts with no cookies, that is, signed out.
 * The browser asks for English; a test that wants Polish switches, as a user would. Two test
 * classes run at a time (Failsafe's configuration in the pom), each with its own browser and its
 * own data; what two of them share is locked ({@link #DEMO_ADMINISTRATOR_LOCK}, {@link #OUTBOX_LOCK}).
 */
// Without the development tools (and Copilot) that dev mode adds to every page: production never
// serves them, and the accessibility checks are about the product's pages.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Every browser test signs in from the same loopback address: the per-client limit of failed
        // sign-ins (tested in SignInThrottleTest) would otherwise add up across the whole suite.
        properties = {"vaadin.devmode.devTools.enabled=false", "extranet.sign-in.failures-per-address=1000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    // Generous: a loaded two-core machine can take many seconds for a page the first time.
    private static final Duration TIMEOUT = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * True once the page is loaded and every Vaadin client on it has answered all its requests
     * (the check TestBench makes), the application's own client among them: Flow's TypeScript part
     * registers itself as a client, idle, before it has asked the server for the page, so an idle
     * Vaadin without the application's client can be a page with nothing on it yet.
     */
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.entries(flow.clients);
            return clients.some(([name]) => name !== 'TypeScript') && clients.every(([, client]) => !client.isActive());
            """;

    /**
     * Runs in every page before its own scripts: keeps each content-security-policy violation in
     * the origin's localStorage, which outlives reloads, so that every test can end by checking
     * that the product's pages work under the policy the product sends.
     */
    private static final String RECORD_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', event => {
              const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
              seen.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')
                  + ' at ' + event.sourceFile + ':' + event.lineNumber + ' on ' + document.location.pathname);
              localStorage.setItem('csp-violations', JSON.stringify(seen));
            });
            """;

    private static final String TAKE_CSP_VIOLATIONS = """
            const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
            localStorage.removeItem('csp-violations');
            return seen;
            """;

    /**
     * The lock (@ResourceLock) of tests that sign in as the demo administrator: they change her
     * language for a while, so two of them must not run at the same time (classes run two at a time).
     */
    protected static final String DEMO_ADMINISTRATOR_LOCK = "the demo administrator";

    /**
     * The lock of tests that send the outbox (writing) or need a mail of theirs still in it, unsent
     * (reading): sending takes every mail that is due, whichever test queued it.
     */
    protected static final String OUTBOX_LOCK = "the mail outbox";

    @LocalServerPort
    private int port;

    protected WebDriver driver;
    private final List<WebDriver> others = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    @BeforeAll
    void startBrowser() throws IOException {
        driver = newBrowser();
    }

    /**
     * A second browser, with its own profile and so its own session, for tests about what one
     * session does to another; it closes with the test class.
     */
    protected WebDriver anotherBrowser() throws IOException {
        var browser = newBrowser();
        others.add(browser);
        return browser;
    }

    private WebDriver newBrowser() throws IOException {
        var profile = Files.createTempDirectory("chromium-profile");
        profiles.add(profile);
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        var browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        return browser;
    }

    @AfterAll
    void stopBrowser() throws IOException {
        driver.quit();
        others.forEach(WebDriver::quit);
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        var browsers = new ArrayList<WebDriver>(others);
        browsers.addFirst(driver);
        for (WebDriver browser : browsers) {
            String page = browser.getCurrentUrl();
            if (page != null && page.startsWith(url("/"))) {
                Assertions.assertThat(contentSecurityPolicyViolations(browser))
                        .as("content security policy violations, the last page being " + page).isEmpty();
            }
        }
    }

    /** The violations of the content security policy this browser saw on the application's pages since last asked. */
    @SuppressWarnings("unchecked")
    protected static List<String> contentSecurityPolicyViolations(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(TAKE_CSP_VIOLATIONS);
    }

    /** The address of a path of the application, such as {@code "/login"}, for any of the browsers. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Every test starts with no cookies and on a blank page, without loading one of the application's
     * pages only to be allowed to remove its cookies: the blank page first, so that the last test's
     * page (its heartbeat) asks for nothing more, then the browser's cookies all at once.
     */
    @BeforeEach
    void signedOut() {
        driver.get("about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Makes the page's viewport this size in CSS pixels, as a phone or a zoomed-in browser shows
     * it: 320 x 225 is a 1280 x 900 window at 400 %. A headless window is never narrower than 500
     * pixels, so the size is emulated through the DevTools protocol rather than set on the window.
     */
    protected void resizeViewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window's own size. */
    protected void restoreViewport() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Opens a path of the application, such as {@code "/login"}, and waits until Vaadin is idle. */
    protected void open(String path) {
        open(driver, path);
    }

    /** Opens a path of the application in the given browser and waits until Vaadin is idle. */
    protected void open(WebDriver browser, String path) {
        browser.get(url(path));
        waitForVaadin(browser);
    }

    /** Waits until the page is loaded and Vaadin has no request in flight. */
    protected void waitForVaadin() {
        waitForVaadin(driver);
    }

    /** For page objects: waits until the page in this browser is loaded and Vaadin is idle. */
    public static void waitForVaadin(WebDriver driver) {
        try {
            waiting(driver).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(VAADIN_IDLE)));
        } catch (TimeoutException e) {
            throw new AssertionError("Vaadin did not settle on " + driver.getCurrentUrl(), e);
        }
    }

    /** For page objects: after a click that loads a new page, waits for it (the old element goes stale). */
    public static void waitForNewPage(WebDriver driver, WebElement onTheOldPage) {
        waiting(driver).until(ExpectedConditions.stalenessOf(onTheOldPage));
        waitForVaadin(driver);
    }

    /**
     * Waits for a condition, looking every 50 ms: Selenium's default of half a second would add a
     * quarter of a second on average to each of the many waits for a page, a dialog or Vaadin.
     */
    public static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT, POLL);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, to be looked at. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
