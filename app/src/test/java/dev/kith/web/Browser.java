package dev.kith.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    final ChromeDriver driver;
    private final Path profile;

    Browser(int width, int height) {
        Prerequisite.require(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "the browser test " + StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
                        .map(f -> f.getClassName() + "." + f.getMethodName()).orElse("?")),
                CHROMIUM + " and " + DRIVER + " are not installed (apt-get install chromium chromium-driver)");
        try {
            profile = Files.createTempDirectory("kith-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Opens the server's address with its secret, as from what {@code kith serve} prints: the session cookie is set. */
    Browser signIn(WebFixture web) {
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
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile; the OS cleans it up
        }
    }
}
