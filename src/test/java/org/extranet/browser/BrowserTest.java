package org.extranet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and a headless Chromium for each test class, one that an earlier
 * class handed back if there is one. The driver and the browser are named explicitly and each
 * browser gets a new profile, so nothing is downloaded and nothing leaks in from an earlier run.
 * Every test starts with no cookies, that is, signed out.
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
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

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

    /**
     * Browsers outlive their test class: starting Chromium takes a couple of seconds of a loaded
     * machine's CPU, so a class hands its browsers back, signed out and reset, for the next class
     * to take, and they close when the test JVM ends.
     */
    private static final Deque<WebDriver> IDLE = new ConcurrentLinkedDeque<>();
    private static final List<Path> PROFILES = new CopyOnWriteArrayList<>();
    private static final List<WebDriver> STARTED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeAll));
    }

    @LocalServerPort
    private int port;

    protected WebDriver driver;
    private final List<WebDriver> others = new ArrayList<>();

    @BeforeAll
    void startBrowser() throws IOException {
        driver = takeBrowser();
    }

    /**
     * A second browser, with its own profile and so its own session, for tests about what one
     * session does to another; it is handed back with the test class.
     */
    protected WebDriver anotherBrowser() throws IOException {
        var browser = takeBrowser();
        others.add(browser);
        return browser;
    }

    private static WebDriver takeBrowser() throws IOException {
        var idle = IDLE.pollFirst();
        return idle != null ? idle : newBrowser();
    }

    private static WebDriver newBrowser() throws IOException {
        var profile = Files.createTempDirectory("chromium-profile");
        PROFILES.add(profile);
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        var browser = new ChromeDriver(service, options);
        STARTED.add(browser);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        return browser;
    }

    /**
     * Hands the class's browsers back as a new one would be: blank, without cookies, at full size.
     * One that does not answer is left out, to be closed with the others.
     */
    @AfterAll
    void handBackBrowsers() {
        for (WebDriver browser : browsers()) {
            try {
                var chromium = (ChromeDriver) browser;
                chromium.get("about:blank");
                chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                chromium.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
                IDLE.addLast(browser);
            } catch (WebDriverException e) {
                // not reused: the next class starts a new browser
            }
        }
    }

    private List<WebDriver> browsers() {
        var browsers = new ArrayList<WebDriver>(others);
        browsers.addFirst(driver);
        return browsers;
    }

    private static void closeAll() {
        for (WebDriver browser : STARTED) {
            try {
                browser.quit();
            } catch (WebDriverException e) {
                // already gone
            }
        }
        for (Path profile : PROFILES) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a profile left in the temporary directory harms nothing
            }
        }
    }

    /**
     * A failed test leaves what each of its browsers showed: a screenshot named after the test, and
     * the page's address and text in the test's output, which a CI log keeps when the files are gone.
     */
    @RegisterExtension
    final AfterTestExecutionCallback recordFailure = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        var browsers = browsers();
        for (int i = 0; i < browsers.size(); i++) {
            var browser = browsers.get(i);
            String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + (i == 0 ? "" : "-browser-" + (i + 1));
            try {
                Path file = screenshot(browser, name);
                String text = browser.findElement(By.tagName("body")).getText();
                System.err.printf("%s: the browser was at %s and showed (screenshot %s):%n%s%n", name,
                        browser.getCurrentUrl(), file, text.length() > 3000 ? text.substring(0, 3000) : text);
            } catch (WebDriverException | UncheckedIOException e) {
                System.err.println(name + ": no screenshot, the browser did not answer: " + e.getMessage());
            }
        }
    };

    @AfterEach
    void noContentSecurityPolicyViolations() {
        for (WebDriver browser : browsers()) {
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
        return screenshot(driver, name);
    }

    private static Path screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
