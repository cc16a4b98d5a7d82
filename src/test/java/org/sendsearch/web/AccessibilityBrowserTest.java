package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.2 AA checks in real headless Chromium over every kind of page (issue 18): axe-core
 * (checked in as a test resource, {@code src/test/resources/axe}) injected into each page at 1366
 * and 390 px, its violations failing the test; and the checks axe leaves for review, measured in the
 * page: the contrast of all visible text and links (1.4.3), the Tab order from the top of a search
 * to its first result at both widths (2.4.3), no sideways scrolling at 320 px (1.4.10), and an error
 * page that keeps what was typed and takes focus (3.3.1, 3.3.3). Screenshots of each page at both
 * widths go to {@code target/screenshots/pages}.
 */
@Tag("browser")
@ExtendWith(TestSite.Extension.class)
class AccessibilityBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("sendsearch.project.dir", "."), "target", "screenshots", "pages");
    /** The axe rules run: WCAG 2.0, 2.1 and 2.2 at A and AA. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The widest Tab walk accepted from the top of a search page to its first result. */
    static final int MAX_TABS_TO_FIRST_RESULT = 40;

    private static WebDriver browser;
    private static HeadlessChromium chromium;
    private static String axe;
    private static String contrast;

    /** A page to check: a name for messages and screenshots, and its address. */
    record PageKind(String name, String path) {}

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start("a11y");
        browser = chromium.driver();
        axe = resource("/axe/axe.min.js");
        String script = resource("/a11y/contrast.js");
        contrast = "return " + script.substring(script.indexOf("(function"));
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String resource(String name) {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of every kind the site has, found through the API so no id is written here. */
    static List<PageKind> pages(TestSite site) {
        JsonNode finding = site.json("/api/search?q=" + TestSite.encode("\"unacceptable delays\"") + "&size=1")
                .path("hits")
                .get(0);
        String id = finding.path("id").asText();
        String documentUrl = finding.path("url").asText();
        String document = documentUrl.substring(0, documentUrl.indexOf('#'));
        String anchor = documentUrl.substring(documentUrl.indexOf('#'));
        return List.of(
                new PageKind("landing", "/"),
                new PageKind("search", "/search?q=" + TestSite.encode("autism waiting times")),
                new PageKind("search-filtered", "/search?q=EHCP&area=Liverpool&polarity=weakness"),
                new PageKind("search-phrase", "/search?q=" + TestSite.encode("\"joint commissioning\"")),
                new PageKind("browse", "/search"),
                new PageKind("documents", "/search?scope=documents"),
                new PageKind("document", document + "?q=" + TestSite.encode("unacceptable delays") + anchor),
                new PageKind("similar", "/findings/" + TestSite.encode(id) + "/similar"),
                new PageKind("cite", "/findings/" + TestSite.encode(id) + "/cite"),
                new PageKind("help", "/help"),
                new PageKind("accessibility", "/accessibility"),
                new PageKind("status", "/status"),
                new PageKind("error-dates", "/search?q=autism&area=Knowsley&from=2022-01-01&to=2019-01-01"),
                new PageKind("error-not-found", "/no-such-page"),
                new PageKind("error-no-document", "/documents/no-such-document"),
                new PageKind("error-insights", "/insights?q=autism&pivot=colour"),
                new PageKind("error-compare", "/areas/compare?a=Liverpool&b=Atlantis"),
                new PageKind("insights", "/insights"),
                new PageKind("areas", "/areas"),
                new PageKind("area", "/areas/Liverpool"),
                new PageKind("compare", "/areas/compare?a=Liverpool&b=Knowsley"),
                new PageKind("trends", "/insights?pivot=year"),
                new PageKind("outcomes", "/insights/outcomes"));
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private static void open(TestSite site, PageKind page, int width) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.get(site.base() + page.path());
    }

    /** axe's violations on the open page, one line each: rule, impact, how many nodes, first target. */
    private static List<String> axeViolations() {
        return axeViolations(browser, "document");
    }

    /**
     * axe's violations (the {@link #TAGS} rules) in the part of {@code browser}'s open page that
     * {@code context} selects (a CSS selector, or {@code document} for all of it), one line each.
     * For other browser tests that check a component of their own.
     */
    static List<String> axeViolations(WebDriver browser, String context) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe == null ? resource("/axe/axe.min.js") : axe);
        Object answer = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var context = arguments[1] === 'document' ? document : {include: [arguments[1]]};"
                        + "axe.run(context, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('ERROR ' + e); });",
                TAGS,
                context);
        String text = String.valueOf(answer);
        if (text.startsWith("ERROR")) {
            throw new AssertionError("axe could not run: " + text);
        }
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(text)) {
                JsonNode nodes = violation.path("nodes");
                lines.add(violation.path("id").asText() + " ("
                        + violation.path("impact").asText() + ", " + nodes.size()
                        + " nodes, e.g. " + nodes.path(0).path("target") + ": "
                        + nodes.path(0).path("failureSummary").asText().replace('\n', ' ') + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @Test
    void axeFindsNoViolationsOnAnyKindOfPage(TestSite site) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> failures = new ArrayList<>();
        for (PageKind page : pages(site)) {
            for (int width : List.of(1366, 390)) {
                open(site, page, width);
                for (String violation : axeViolations()) {
                    failures.add(page.name() + " at " + width + " px: " + violation);
                }
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void textAndLinksHaveEnoughContrastOnEveryPage(TestSite site) {
        List<String> failures = new ArrayList<>();
        long measured = 0;
        for (PageKind page : pages(site)) {
            for (int width : List.of(1366, 390)) {
                open(site, page, width);
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) js().executeScript(contrast);
                measured += ((Number) result.get("measured")).longValue();
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) result.get("failures");
                found.forEach(failure -> failures.add(page.name() + " at " + width + " px: " + failure));
            }
        }
        System.out.println(
                "Contrast: " + measured + " text elements measured, " + failures.size() + " below the minimum");
        assertTrue(measured > 1000, "the check measured text: " + measured);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    /** How many Tab presses from the top of the page until focus is on the first result's link. */
    private static int tabsToFirstResult() {
        WebElement first = browser.findElement(By.cssSelector("ol.results li .result-title a"));
        boolean passedFilters = false;
        for (int tabs = 1; tabs <= 200; tabs++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(first)) {
                assertTrue(passedFilters, "the filters come before the results in the focus order");
                return tabs;
            }
            if ("Apply filters".equals(focused.getText())
                    || focused.getAttribute("class").contains("filter-panel-summary")) {
                passedFilters = true;
            }
        }
        throw new AssertionError("200 Tab presses did not reach the first result");
    }

    @Test
    void theKeyboardReachesTheFirstResultSoonAtBothWidths(TestSite site) {
        PageKind search = new PageKind("search", "/search?q=" + TestSite.encode("autism waiting times"));
        for (int width : List.of(1366, 390)) {
            open(site, search, width);
            int tabs = tabsToFirstResult();
            System.out.println("Tab presses to the first result at " + width + " px: " + tabs);
            assertTrue(tabs <= MAX_TABS_TO_FIRST_RESULT, tabs + " Tab presses at " + width + " px");

            // Or: Skip to results, then a few more.
            open(site, search, width);
            int tabs2 = 0;
            WebElement focused;
            do {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                focused = browser.switchTo().activeElement();
                tabs2++;
            } while (!"Skip to results".equals(focused.getText()) && tabs2 < 50);
            assertEquals("Skip to results", focused.getText());
            focused.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(driver -> "results-heading"
                            .equals(driver.switchTo().activeElement().getAttribute("id")));
            WebElement first = browser.findElement(By.cssSelector("ol.results li .result-title a"));
            int after = 0;
            do {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                after++;
            } while (!browser.switchTo().activeElement().equals(first) && after < 20);
            System.out.println(
                    "With Skip to results at " + width + " px: " + tabs2 + " Tabs, Enter, " + after + " Tabs");
            assertTrue(tabs2 + after <= 20, (tabs2 + after) + " Tab presses with the skip link at " + width + " px");
        }
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels(TestSite site) {
        List<String> failures = new ArrayList<>();
        for (PageKind page : pages(site)) {
            open(site, page, 320);
            long inner = ((Number) js().executeScript("return window.innerWidth;")).longValue();
            long scroll = ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
            String wide = page.name() + ": " + scroll + " px wide in a " + inner + " px window";
            if (scroll > inner) {
                failures.add(wide);
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void anErrorPageKeepsTheInputAndLeadsToTheField(TestSite site) {
        open(site, new PageKind("error", "/search?q=autism&area=Knowsley&from=2022-01-01&to=2019-01-01"), 1366);
        assertTrue(browser.getTitle().startsWith("Error: "), browser.getTitle());
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertEquals(summary, browser.switchTo().activeElement(), "the summary has focus on load");
        summary.findElement(By.cssSelector("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver ->
                        "date-from".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertEquals("autism", browser.findElement(By.id("q")).getAttribute("value"));
        assertEquals("2022-01-01", browser.findElement(By.id("date-from")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[type=checkbox][name=area][value=Knowsley]"))
                .isSelected());
    }

    @Test
    void screenshotsOfEveryPageAtBothWidths(TestSite site) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (PageKind page : pages(site)) {
            for (int width : List.of(1366, 390)) {
                browser.manage().window().setSize(new Dimension(width, 1600));
                browser.get(site.base() + page.path());
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Files.copy(
                        shot.toPath(),
                        SCREENSHOTS.resolve(page.name() + "-" + width + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        browser.manage().window().setSize(new Dimension(1366, 1000));
    }
}
