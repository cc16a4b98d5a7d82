package org.sendsearch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.sendsearch.testing.TestNodes;

/**
 * The real headless Chromium of one browser test class, with JavaScript on, in a profile folder of
 * its own that {@link #close} deletes. Starting it skips the class when Chromium is not installed
 * (CI installs it; a developer's machine may not have it).
 */
final class HeadlessChromium implements AutoCloseable {
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts Chromium, its profile in a new folder named after {@code name}; skips when not installed. */
    static HeadlessChromium start(String name) {
        assumeTrue(
                Files.isExecutable(SearchBrowserTest.CHROMIUM) && Files.isExecutable(SearchBrowserTest.CHROMEDRIVER),
                "Chromium is not installed");
        Path profile = TestNodes.newFolder("send-search-chromium-" + name + "-");
        try {
            return new HeadlessChromium(profile, SearchBrowserTest.start(true, profile));
        } catch (RuntimeException e) {
            TestNodes.delete(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Quits the browser and deletes its profile folder. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TestNodes.delete(profile);
        }
    }
}
