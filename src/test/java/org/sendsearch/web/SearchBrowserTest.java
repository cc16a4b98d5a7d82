package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendsearch.testing.TestNodes;

/**
 * The UI in real headless Chromium: searching, choosing and removing a facet, the back button,
 * opening a document at the finding, copying a citation, the page without JavaScript, and a
 * document holding {@code <script>} that shows as text and runs nothing. The system Chromium
 * and chromedriver are used; Selenium never downloads a browser. Skipped where Chromium is
 * not installed (CI installs it).
 */
@Tag("browser")
@ExtendWith(TestSite.Extension.class)
class SearchBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("sendsearch.project.dir", "."), "target", "screenshots");

    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start("search");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static WebDriver start(boolean javascript, Path profileFolder) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-GB",
                "--window-size=1366,1000",
                "--user-data-dir=" + profileFolder);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static String resultsHeading() {
        return browser.findElement(By.id("results-heading")).getText();
    }

    @Test
    void searchChooseAndRemoveAFacetAndGoBack(TestSite site) {
        browser.get(site.base() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("EHCP");
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("q=EHCP"));
        assertTrue(resultsHeading().endsWith("findings"), resultsHeading());
        assertFalse(browser.findElements(By.cssSelector("ol.results mark")).isEmpty());
        String everything = resultsHeading();

        WebElement liverpool = browser.findElement(By.cssSelector("input[type=checkbox][name=area][value=Liverpool]"));
        // The Area filter is folded: open it first, as a person would.
        browser.findElement(By.xpath("//summary[starts-with(normalize-space(), 'Area')]"))
                .click();
        browser.findElement(By.cssSelector("label[for='" + liverpool.getAttribute("id") + "']"))
                .click();
        browser.findElement(By.xpath("//button[normalize-space()='Apply filters']"))
                .click();
        waiting().until(ExpectedConditions.urlContains("area=Liverpool"));
        long expected =
                site.json("/api/search?q=EHCP&area=Liverpool").path("total").asLong();
        assertEquals(expected + " findings", resultsHeading());
        for (WebElement meta : browser.findElements(By.cssSelector(".result-meta"))) {
            assertTrue(meta.getText().contains("Liverpool"), meta.getText());
        }
        WebElement tag = browser.findElement(By.cssSelector(".filter-tags a"));
        assertTrue(tag.getText().contains("Area: Liverpool"), tag.getText());

        tag.click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("area=Liverpool")));
        assertEquals(everything, resultsHeading());
        assertTrue(browser.findElements(By.cssSelector(".filter-tags")).isEmpty());

        browser.navigate().back();
        waiting().until(ExpectedConditions.urlContains("area=Liverpool"));
        assertEquals(expected + " findings", resultsHeading());
        assertTrue(browser.findElement(By.cssSelector("input[type=checkbox][name=area][value=Liverpool]"))
                .isSelected());
        browser.navigate().back();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("area=Liverpool")));
        assertEquals(everything, resultsHeading());
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirst(TestSite site) {
        browser.get(site.base() + "/search?q=autism");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        waiting()
                .until(driver ->
                        "main-content".equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void aResultOpensTheDocumentAtThatFinding(TestSite site) {
        browser.get(site.base() + "/search?q=" + TestSite.encode("\"unacceptable delays\""));
        WebElement link = browser.findElement(By.cssSelector("ol.results li .result-title a"));
        String href = link.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        assertTrue(anchor.matches("p-\\d+"), href);
        link.click();
        waiting().until(ExpectedConditions.urlContains("#" + anchor));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        waiting()
                .until(driver ->
                        anchor.equals(js.executeScript("return document.activeElement && document.activeElement.id")));
        assertEquals(anchor, js.executeScript("var t = document.querySelector(':target'); return t && t.id;"));
        WebElement passage = browser.findElement(By.id(anchor));
        assertTrue(passage.getText().contains("unacceptable delays"), passage.getText());
        Object top = js.executeScript("return arguments[0].getBoundingClientRect().top;", passage);
        assertTrue(((Number) top).doubleValue() >= 0 && ((Number) top).doubleValue() < 400, "scrolled to: " + top);
        String outline = (String) js.executeScript("return getComputedStyle(arguments[0]).outlineStyle;", passage);
        assertEquals("solid", outline, "the finding you came from is marked");
    }

    @Test
    void copyWithCitationPutsTheQuotedTextAndCitationOnTheClipboard(TestSite site) {
        browser.get(site.base() + "/search?q=" + TestSite.encode("\"unacceptable delays\""));
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.grantPermissions",
                        Map.of(
                                "origin",
                                site.base(),
                                "permissions",
                                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement result = browser.findElement(By.cssSelector("ol.results li"));
        String citation = result.findElement(By.cssSelector(".citation-text")).getText();
        WebElement button = result.findElement(By.cssSelector("button.copy-citation"));
        assertEquals("Copy with citation", button.getText());
        button.click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElement(
                        result.findElement(By.cssSelector(".copy-status")), "Copied"));
        String copied = button.getAttribute("data-copied");
        assertTrue(copied.startsWith("\u201C") && copied.endsWith("(" + citation + ")"), copied);
        Object clipboard = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });");
        assertEquals(copied, clipboard);
    }

    @Test
    void everythingWorksWithJavaScriptOff(TestSite site) throws IOException {
        Path folder = TestNodes.newFolder("send-search-chromium-nojs-");
        WebDriver plain = start(false, folder);
        try {
            plain.get(site.base() + "/search?q=autism&area=Knowsley");
            assertEquals(
                    site.json("/api/search?q=autism&area=Knowsley")
                                    .path("total")
                                    .asLong() + " findings",
                    plain.findElement(By.id("results-heading")).getText());
            assertTrue(
                    plain.findElements(By.cssSelector("button.copy-citation")).isEmpty(), "no script ran");
            assertFalse(plain.findElements(By.cssSelector(".citation-text")).isEmpty(), "citations are still shown");
            WebElement box = plain.findElement(By.id("q"));
            box.clear();
            box.sendKeys("speech and language");
            plain.findElement(By.cssSelector("form.search-form button[type=submit]"))
                    .click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("speech"));
            assertTrue(
                    plain.getCurrentUrl().contains("area=Knowsley"),
                    "a new search keeps the filters: " + plain.getCurrentUrl());
            plain.findElement(By.cssSelector("input[type=checkbox][name=polarity][value=strength]"))
                    .click();
            plain.findElement(By.xpath("//button[normalize-space()='Apply filters']"))
                    .click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("polarity=strength"));
            plain.findElement(By.cssSelector("ol.results li .result-title a")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/documents/"));
            assertFalse(plain.findElements(By.cssSelector(".passage")).isEmpty());
        } finally {
            plain.quit();
            TestNodes.delete(folder);
        }
    }

    @Test
    void aDocumentHoldingScriptShowsItAsTextAndRunsNothing(TestSite site) {
        browser.get(site.hostileBase() + "/search?q=survey");
        WebElement text = browser.findElement(By.cssSelector("ol.results li .result-text"));
        assertTrue(text.getText().contains("<script>window.pwned = true</script>"), text.getText());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals("undefined", js.executeScript("return typeof window.pwned;"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        browser.findElement(By.cssSelector("ol.results li .result-title a")).click();
        waiting().until(ExpectedConditions.urlContains("/documents/"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("<script>window.pwned = true</script>"));
        assertTrue(browser.findElement(By.tagName("main"))
                .getText()
                .contains("<img src=x onerror=\"window.pwned=true\">"));
        assertEquals("undefined", js.executeScript("return typeof window.pwned;"));
        assertTrue(browser.findElements(By.cssSelector("main script, main img")).isEmpty());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    @Test
    void screenshotsOfTheSearchAndDocumentPages(TestSite site) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser.manage().window().setSize(new Dimension(1366, 1600));
        browser.get(site.base() + "/search?q=" + TestSite.encode("autism waits") + "&polarity=weakness");
        save("search-wide.png");
        String href = browser.findElement(By.cssSelector("ol.results li .result-title a"))
                .getAttribute("href");
        browser.get(href);
        save("document-at-finding-wide.png");
        browser.manage().window().setSize(new Dimension(390, 1600));
        browser.get(site.base() + "/search?q=EHCP");
        save("search-phone.png");
        browser.get(href);
        save("document-at-finding-phone.png");
        browser.manage().window().setSize(new Dimension(1366, 1000));
    }

    private static void save(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
