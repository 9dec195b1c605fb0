package org.organizer.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's ChromeDriver; nothing is downloaded. Runs headless, and
 * without the sandbox because CI runs as root.
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {}

    static ChromeDriver start() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("organizer-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Submits a form and waits until the next document has loaded. The old document is marked first: waiting
     * for the old button to go stale races with the navigation (Chromium may answer "node does not belong to
     * the document" instead of "stale"), while the mark is gone only once a new document is there.
     */
    static void submitAndWaitForNextPage(ChromeDriver browser, WebElement form) {
        browser.executeScript("window.organizerOldPage = true");
        form.findElement(By.cssSelector("button[type=submit], button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.organizerOldPage === undefined && document.readyState === 'complete'")));
    }
}
