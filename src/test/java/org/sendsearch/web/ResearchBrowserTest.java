package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendsearch.testing.TestNodes;

/**
 * The research pages in real headless Chromium: the insights heatmap (its colours come from the
 * stylesheet under the CSP, a cell opens exactly its findings, pivoting by year), the Knowsley
 * area page, the similar-findings page with "Copy with citation", and the export button
 * downloading the CSV. The system Chromium and chromedriver are used; skipped where they are not
 * installed.
 */
@Tag("browser")
@ExtendWith(TestSite.Extension.class)
class ResearchBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver browser;
    private static Path profile;
    private static Path downloads;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium is not installed");
        profile = TestNodes.newFolder("send-search-research-chromium-");
        downloads = TestNodes.newFolder("send-search-research-downloads-");
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
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TestNodes.delete(profile);
        TestNodes.delete(downloads);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static String css(WebElement element, String property) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(arguments[0])[arguments[1]];", element, property);
    }

    @Test
    void theInsightsHeatmapLinksEachCellToItsFindings(TestSite site) {
        browser.get(site.base() + "/insights?unit=passages&authors=all");
        WebElement table = browser.findElement(By.id("theme-matrix"));
        assertTrue(table.findElement(By.tagName("caption")).getText().startsWith("Weaknesses"));
        WebElement cell =
                table.findElement(By.cssSelector("tr[data-theme=joint-commissioning] td[data-column=Wirral]"));
        assertEquals("1", cell.getText());
        WebElement hot = table.findElement(By.cssSelector("tr[data-theme=ehc-plans] td[data-column=Liverpool]"));
        assertTrue(hot.getAttribute("class").contains("heat-5"), hot.getAttribute("class"));
        assertFalse(
                css(hot, "backgroundColor").equals(css(cell, "backgroundColor")), "the stylesheet colours the scale");
        assertEquals(
                "rgb(255, 255, 255)", css(hot.findElement(By.tagName("a")), "color"), "white on the darkest bucket");

        cell.findElement(By.tagName("a")).click();
        waiting().until(ExpectedConditions.urlContains("/search?"));
        assertEquals("1 finding", browser.findElement(By.id("results-heading")).getText());
        assertTrue(
                browser.findElement(By.cssSelector("ol.results li")).getText().contains("joint commissioning"));

        browser.get(site.base() + "/insights?unit=passages&authors=all");
        new Select(browser.findElement(By.id("insights-pivot"))).selectByValue("year");
        browser.findElement(By.cssSelector("form.insights-form button[type=submit]"))
                .click();
        waiting().until(ExpectedConditions.urlContains("pivot=year"));
        List<String> headers = browser.findElements(By.cssSelector("#theme-matrix thead th a")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("2018", "2019", "2022"), headers);
        assertFalse(browser.findElements(By.cssSelector(".phrase-list li a")).isEmpty(), "characteristic words shown");
    }

    /** WCAG contrast ratio of each link's colour on its cell's background, computed in the page. */
    private static final String CONTRASTS = """
            const rgb = s => s.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
            const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const back = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
              if (c !== 'transparent' && !c.startsWith('rgba(0, 0, 0, 0')) return c; } return 'rgb(255, 255, 255)'; };
            return [...document.querySelectorAll(arguments[0])].map(a => {
              const fg = lum(rgb(getComputedStyle(a).color));
              const bg = lum(rgb(back(a.closest('td, th'))));
              return [(Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
                  a.closest('td, th').className + ' ' + getComputedStyle(a).color + ' on '
                      + back(a.closest('td, th'))]; });
            """;

    @Test
    void theMatrixCountsInspectionsAndEveryCellLinkIsLegible(TestSite site) {
        browser.get(site.base() + "/insights");
        WebElement table = browser.findElement(By.id("theme-matrix"));
        assertTrue(table.findElement(By.tagName("caption")).getText().contains("number of inspections"));
        assertEquals(
                "inspections",
                new Select(browser.findElement(By.id("insights-unit")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        assertTrue(
                browser.findElements(By.cssSelector("#theme-matrix td[data-column=Wirral]"))
                        .isEmpty(),
                "the Wirral council report is not an inspection");
        assertEquals(
                List.of("1 of 1 (100%)", "1 of 1 (100%)", "1 of 1 (100%)", "3 of 3 (100%)"),
                table.findElements(By.cssSelector("tfoot td a")).stream()
                        .map(WebElement::getText)
                        .toList());
        for (String page : List.of("/insights", "/insights?unit=passages&authors=all", "/insights?pivot=year")) {
            browser.get(site.base() + page);
            @SuppressWarnings("unchecked")
            List<List<Object>> ratios = (List<List<Object>>) ((JavascriptExecutor) browser)
                    .executeScript(CONTRASTS, "#theme-matrix tbody td a, #theme-matrix tfoot td a");
            assertFalse(ratios.isEmpty());
            for (List<Object> ratio : ratios) {
                assertTrue(
                        ((Number) ratio.get(0)).doubleValue() >= 4.5,
                        page + ": a cell link at " + ratio.get(0) + ":1, " + ratio.get(1));
            }
        }
        WebElement csv = browser.findElement(By.id("matrix-csv"));
        assertTrue(csv.getAttribute("href").contains("/api/insights/matrix.csv?"), csv.getAttribute("href"));
    }

    @Test
    void theTrendChartHasItsNumbersInAKeyboardReachableTable(TestSite site) {
        browser.get(site.base() + "/insights?pivot=year");
        WebElement chart = browser.findElement(By.cssSelector("svg.trend-chart"));
        assertTrue(chart.isDisplayed() && chart.getSize().getWidth() > 200, "the chart is drawn");
        WebElement lines = chart.findElement(By.cssSelector("polyline.trend-line"));
        assertFalse(css(lines, "stroke").equals("none"), "the stylesheet colours the lines");
        WebElement table = browser.findElement(By.id("trend-table"));
        assertTrue(table.isDisplayed());
        WebElement region = table.findElement(By.xpath("./.."));
        assertEquals("0", region.getAttribute("tabindex"), "the table's region takes focus, to scroll by keyboard");
        WebElement cell = table.findElement(By.cssSelector("tr[data-theme=ehc-plans] td[data-column='2019'] a"));
        assertEquals("100% (1 of 1)", cell.getText());
        cell.click();
        waiting().until(ExpectedConditions.urlContains("/search?"));
        assertTrue(browser.getCurrentUrl().contains("year=2019"), browser.getCurrentUrl());
    }

    @Test
    void theYearHistogramNarrowsTheSearchToADateRangeByKeyboard(TestSite site) {
        browser.get(site.base() + "/search?q=autism");
        List<WebElement> years = browser.findElements(By.cssSelector("#year-histogram li a"));
        assertEquals(
                List.of("2018", "2019", "2022", "2024"),
                years.stream().map(a -> a.getText().substring(0, 4)).toList(),
                "oldest first, by the year research counts (the Knowsley letter under 2022)");
        WebElement year = years.get(1);
        String expected = year.getText().substring("2019: ".length());
        year.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("from=2019-01-01"));
        assertTrue(browser.getCurrentUrl().contains("to=2019-12-31"), browser.getCurrentUrl());
        assertEquals(expected, browser.findElement(By.id("results-heading")).getText());
    }

    @Test
    void aSearchOffersItsAtomFeed(TestSite site) {
        browser.get(site.base() + "/search?q=autism");
        WebElement link = browser.findElement(By.id("feed-link"));
        assertEquals("application/atom+xml", link.getAttribute("type"));
        assertEquals(
                0L,
                ((JavascriptExecutor) browser).executeScript("return arguments[0].tabIndex;", link),
                "a real link, in the tab order");
        String feed = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        link.getAttribute("href"));
        assertTrue(feed.startsWith("<?xml") && feed.contains("<entry>") && feed.contains("autism"), feed);
    }

    @Test
    void theAreaPagesReflowAt320PixelsAndTheirThemeLinksAreLegible(TestSite site) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            for (String page : List.of("/areas", "/areas/Knowsley", "/areas/compare?a=Knowsley&b=Liverpool")) {
                browser.get(site.base() + page);
                Number scroll = (Number) chrome.executeScript("return document.documentElement.scrollWidth;");
                Number width = (Number) chrome.executeScript("return document.documentElement.clientWidth;");
                assertTrue(
                        scroll.intValue() <= width.intValue(),
                        page + " scrolls sideways at 320 px: " + scroll + " > " + width);
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        for (String page : List.of("/areas/Knowsley", "/areas/compare?a=Knowsley&b=Liverpool")) {
            browser.get(site.base() + page);
            @SuppressWarnings("unchecked")
            List<List<Object>> ratios =
                    (List<List<Object>>) chrome.executeScript(CONTRASTS, "#area-themes td a, #compare-table td a");
            assertFalse(ratios.isEmpty(), page);
            for (List<Object> ratio : ratios) {
                assertTrue(
                        ((Number) ratio.get(0)).doubleValue() >= 4.5,
                        page + ": a theme link at " + ratio.get(0) + ":1, " + ratio.get(1));
            }
        }
    }

    @Test
    void anAreaAddressInAnyCaseOpensTheAreaAndCompareOffersTwoDifferentAreas(TestSite site) {
        browser.get(site.base() + "/areas/wirral");
        assertTrue(browser.getCurrentUrl().endsWith("/areas/Wirral"), browser.getCurrentUrl());
        browser.get(site.base() + "/areas/st-helens");
        assertTrue(browser.getCurrentUrl().contains("/areas/St"), browser.getCurrentUrl());
        browser.get(site.base() + "/areas/compare");
        String first = new Select(browser.findElement(By.id("compare-a")))
                .getFirstSelectedOption()
                .getText();
        String second = new Select(browser.findElement(By.id("compare-b")))
                .getFirstSelectedOption()
                .getText();
        assertFalse(first.equals(second), "compare opens on " + first + " and " + second);
    }

    @Test
    void theKnowsleyAreaPage(TestSite site) {
        browser.get(site.base() + "/areas");
        browser.findElement(By.linkText("Knowsley")).click();
        waiting().until(ExpectedConditions.urlContains("/areas/Knowsley"));
        List<WebElement> items = browser.findElements(By.cssSelector("#timeline li"));
        assertEquals(2, items.size());
        // The document type is shown in capitals by the stylesheet, which getText() reports as shown.
        String letter = items.get(0).getText().toLowerCase(java.util.Locale.UK);
        String release = items.get(1).getText().toLowerCase(java.util.Locale.UK);
        assertTrue(letter.contains("26 april 2021") && letter.contains("inspection letter"), letter);
        assertTrue(release.contains("2 april 2024") && release.contains("press release"), release);
        assertTrue(items.get(0).findElement(By.cssSelector(".timeline-warning")).isDisplayed());
        assertEquals(
                3,
                browser.findElements(By.cssSelector("#significant-weaknesses li"))
                        .size());

        new Select(browser.findElement(By.id("compare-b"))).selectByValue("Liverpool");
        browser.findElement(By.xpath("//button[normalize-space()='Compare']")).click();
        waiting().until(ExpectedConditions.urlContains("/areas/compare"));
        assertTrue(browser.findElement(By.tagName("caption")).getText().startsWith("Knowsley and Liverpool"));
    }

    @Test
    void similarFindingsCanBeCopiedWithTheirCitation(TestSite site) {
        browser.get(site.base() + "/search?q=" + TestSite.encode("\"tell their story more than once\""));
        browser.findElement(By.cssSelector("ol.results li .similar-link a")).click();
        waiting().until(ExpectedConditions.urlContains("/similar"));
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.grantPermissions",
                        Map.of(
                                "origin",
                                site.base(),
                                "permissions",
                                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement first = browser.findElement(By.cssSelector("ol.similar-list li"));
        assertTrue(first.getText().contains("tell it once"), first.getText());
        WebElement button = first.findElement(By.cssSelector("button.copy-citation"));
        button.click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElement(
                        first.findElement(By.cssSelector(".copy-status")), "Copied"));
        String copied = button.getAttribute("data-copied");
        String citation = first.findElement(By.cssSelector(".citation-text")).getText();
        assertTrue(
                copied.startsWith("\u201C") && copied.contains("tell it once") && copied.endsWith("(" + citation + ")"),
                copied);
    }

    @Test
    void theSearchPageShowsTheWordingTypicalOfItsFindings(TestSite site) {
        browser.get(site.base() + "/search?area=Knowsley&polarity=weakness");
        WebElement box = browser.findElement(By.id("search-phrases"));
        waiting().until(ExpectedConditions.visibilityOf(box));
        List<WebElement> links = box.findElements(By.cssSelector(".phrase-list li a"));
        assertFalse(links.isEmpty());
        String href = links.get(0).getAttribute("href");
        assertTrue(href.contains("area=Knowsley") && href.contains("q=%22"), href);
        links.get(0).click();
        waiting().until(ExpectedConditions.urlContains("q=%22"));
        assertFalse(browser.findElements(By.cssSelector("ol.results li")).isEmpty());
    }

    @Test
    void theExportButtonDownloadsTheCsv(TestSite site) throws Exception {
        browser.get(site.base() + "/search?area=Knowsley&polarity=weakness");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        WebElement button = browser.findElement(By.id("export-csv"));
        assertTrue(button.getText().contains("CSV"));
        button.click();
        Path file = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try (var files = Files.list(downloads)) {
                return files.filter(path -> path.getFileName().toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertTrue(file.getFileName().toString().startsWith("send-findings-"), file.toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("\uFEFF\"Search\","), text.substring(0, 40));
        List<List<String>> rows = org.sendsearch.insights.CsvReading.parse(text.substring(1));
        assertEquals(
                List.of("Finding id", "Document id", "Area"),
                rows.get(org.sendsearch.insights.ExportService.CSV_PREAMBLE_ROWS)
                        .subList(0, 3));
        assertEquals(
                org.sendsearch.insights.ExportService.CSV_PREAMBLE_ROWS + 1 + 17,
                rows.size(),
                "what was searched, the header and Knowsley's 17 weaknesses");
    }
}
