package dev.kith.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.kith.Prerequisite;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by chromedriver. When they are not installed the test fails in CI
 * and is skipped elsewhere with a visible line ({@link Prerequisite}).
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /**
     * Idle browsers by window size, reused by the next test: a Chromium and its chromedriver take 1–4 s to start on
     * this machine, and the suite opens about 70. {@link #close} clears what a test leaves (cookies, storage, cache,
     * other windows) before a browser is pooled; one whose state cannot be cleared ({@link #cdp}) is closed instead.
     */
    private static final Map<String, Deque<Session>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "kith-test-browsers"));
    }

    final ChromeDriver driver;
    private final Session session;
    private final String size;
    private final Set<String> origins = new HashSet<>();
    private boolean reusable = true;

    Browser(int width, int height) {
        Prerequisite.require(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "the browser test " + StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
                        .map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?")),
                CHROMIUM + " and " + DRIVER + " are not installed (apt-get install chromium chromium-driver)");
        size = width + "," + height;
        Session idle;
        synchronized (IDLE) {
            idle = IDLE.getOrDefault(size, new ArrayDeque<>()).pollFirst();
        }
        session = idle != null ? idle : Session.start(size);
        driver = session.driver;
    }

    /** One Chromium with its temporary profile. */
    private record Session(ChromeDriver driver, Path profile) {
        static Session start(String size) {
            Path profile;
            try {
                profile = Files.createTempDirectory("kith-chromium");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--window-size=" + size);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            return new Session(new ChromeDriver(service, options), profile);
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile; the OS cleans it up
            }
        }
    }

    /**
     * A DevTools command whose effect outlives the page (a script added to every new document, say): this browser
     * is then closed after the test instead of reused.
     */
    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        reusable = false;
        return driver.executeCdpCommand(command, parameters);
    }

    /** Opens the server's address with its secret, as from what {@code kith serve} prints: the session cookie is set. */
    Browser signIn(WebFixture web) {
        origins.add(web.base());
        driver.get(web.base() + "/?token=" + web.secret);
        return this;
    }

    /**
     * A wait that looks again when the page is replaced mid-look: an element found on the old page and read after
     * the new one arrived is stale, or (Chromium) "does not belong to the document"; both mean "not yet".
     */
    WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** The first toast on the page, once visible. */
    org.openqa.selenium.WebElement toast() {
        return waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.cssSelector("#toasts .toast")));
    }

    /** Whether a toast now on the page starts with {@code prefix} (a page reloading mid-look is a no). */
    boolean toastSays(String prefix) {
        try {
            return driver.findElements(org.openqa.selenium.By.cssSelector("#toasts .toast")).stream()
                    .anyMatch(t -> t.getText().startsWith(prefix));
        } catch (org.openqa.selenium.WebDriverException e) { // stale, or gone in a reload mid-look
            return false;
        }
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (reusable && cleared()) {
            synchronized (IDLE) {
                IDLE.computeIfAbsent(size, k -> new ArrayDeque<>()).addLast(session);
            }
        } else {
            session.quit();
        }
    }

    /** Whether what this test left in the browser is gone: other windows, cookies, every origin's storage, the cache. */
    private boolean cleared() {
        try {
            String first = driver.getWindowHandles().iterator().next();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            return true;
        } catch (RuntimeException e) { // an alert left open, a crashed tab: start the next test afresh
            return false;
        }
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.values().forEach(sessions -> sessions.forEach(Session::quit));
            IDLE.clear();
        }
    }
}
