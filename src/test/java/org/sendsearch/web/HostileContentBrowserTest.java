package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page that shows a title, a file name or a finding of the hostile corpus ({@link TestSite}),
 * and every page that echoes its address, in real headless Chromium: the payloads show as text and
 * nothing runs. After each page loads (and its script has filled what it fills), every element gets
 * a mouseover and a focus, and then: no alert is open, {@code window.pwned} is still undefined, and
 * the DOM holds no element the pages never make themselves (img, svg, iframe, object, embed, base,
 * meta refresh, a script that is not one of the site's own files), no {@code on...} or
 * {@code srcdoc} attribute, and no {@code javascript:} (or {@code data:} / {@code vbscript:}) URL in
 * any link, form or source.
 */
@Tag("browser")
@ExtendWith(TestSite.Extension.class)
class HostileContentBrowserTest {
    /** Payloads for the address: each could run if a page put it into its HTML unescaped. */
    private static final List<String> ADDRESS_PAYLOADS = List.of(
            "\"><script>alert(window.pwned=31)</script><img src=x onerror=alert(window.pwned=32)>"
                    + "' onmouseover='alert(window.pwned=33)' <svg onload=alert(window.pwned=34)>"
                    + "<iframe srcdoc=\"<script>parent.pwned=35</script>\"></iframe>",
            "javascript:alert(window.pwned=36)");

    /** What a page must not contain; returns a description of each offence. */
    private static final String INJECTED = """
            var found = [];
            var own = [location.origin + '/app.js', location.origin + '/research.js'];
            document.querySelectorAll('*').forEach(function (e) {
              var tag = e.tagName.toLowerCase();
              if (['img', 'svg', 'iframe', 'frame', 'object', 'embed', 'base', 'math'].indexOf(tag) >= 0) {
                found.push('<' + tag + '>');
              }
              if (tag === 'meta' && e.hasAttribute('http-equiv')) { found.push('<meta http-equiv>'); }
              if (tag === 'script' && own.indexOf(e.src) < 0) { found.push('script ' + (e.src || e.textContent.slice(0, 40))); }
              for (var i = 0; i < e.attributes.length; i++) {
                var name = e.attributes[i].name.toLowerCase();
                var value = e.attributes[i].value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.indexOf('on') === 0 || name === 'srcdoc') { found.push(tag + ' ' + name); }
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].indexOf(name) >= 0
                    && /^(javascript|vbscript|data):/.test(value)) {
                  found.push(tag + ' ' + name + '=' + e.attributes[i].value);
                }
              }
            });
            document.querySelectorAll('a, area').forEach(function (a) {
              if (a.protocol === 'javascript:') { found.push('javascript link ' + a.textContent); }
            });
            return found;
            """;

    private static final String PROVOKE = """
            document.querySelectorAll('body *').forEach(function (e) {
              e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
              e.dispatchEvent(new FocusEvent('focus'));
            });
            """;

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start("hostile");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void payloadsInTextTitlesAndFileNamesShowAsTextAndRunNothing(TestSite site) {
        String base = site.hostileBase();
        JsonNode named = HostileContentTest.namedDocument(site);
        String namedId = named.path("id").asText();
        JsonNode finding = site.getJson(base, "/api/search?q=" + TestSite.encode("annual reviews"))
                .path("hits")
                .get(0);
        String reportId = site.getJson(base, "/api/search?q=" + TestSite.encode("transition planning"))
                .path("hits")
                .get(0)
                .path("documentId")
                .asText();
        Set<String> pages = new LinkedHashSet<>(List.of(
                "/search?q=" + TestSite.encode("annual reviews"),
                "/search?q=" + TestSite.encode("transition planning"),
                "/search?scope=documents",
                "/",
                "/documents/" + namedId,
                "/documents/" + reportId,
                "/findings/" + finding.path("id").asText() + "/similar",
                "/areas",
                "/areas/Liverpool",
                "/areas/Knowsley",
                "/areas/compare?a=Liverpool&b=Knowsley",
                "/insights?polarity=all",
                "/insights?polarity=all&pivot=year"));
        StringBuilder shown = new StringBuilder();
        for (String page : pages) {
            shown.append(visitAndCheck(base + page)).append('\n');
        }
        String text = shown.toString();
        for (String payload : List.of(
                TestSite.HOSTILE_TITLE,
                "javascript:alert(window.pwned=3)",
                "<svg onload=alert(window.pwned=4)>",
                "<iframe srcdoc=\"<script>parent.pwned=5</script>\"></iframe>",
                "\" onmouseover=\"alert(window.pwned=6)\" x=\"",
                "Knowsley SEND improvement report <img src=x onerror=alert(window.pwned=13)>",
                TestSite.FORMULA)) {
            assertTrue(text.contains(payload), "shown as text somewhere: " + payload);
        }

        browser.get(base + "/documents/" + namedId);
        assertEquals(
                TestSite.HOSTILE_TITLE, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getTitle().startsWith(TestSite.HOSTILE_TITLE), browser.getTitle());
        browser.get(base + "/search?q=" + TestSite.encode("annual reviews"));
        for (String button : List.of("export-csv", "export-json")) {
            String href = browser.findElement(By.id(button)).getAttribute("href");
            assertTrue(href.startsWith(base + "/api/export?"), button + ": " + href);
        }
    }

    @Test
    void payloadsInTheAddressShowAsTextAndRunNothing(TestSite site) {
        List<String> visited = new ArrayList<>();
        for (String payload : ADDRESS_PAYLOADS) {
            String query = TestSite.encode(payload);
            String segment = query.replace("+", "%20");
            for (String page : List.of(
                    "/search?q=" + query,
                    "/search?scope=documents&q=" + query,
                    "/search?area=" + query,
                    "/insights?q=" + query,
                    "/areas/compare?a=" + query + "&b=Liverpool",
                    "/areas/" + segment,
                    "/documents/" + segment,
                    "/findings/" + segment + "/similar",
                    "/no-such-page/" + segment)) {
                visitAndCheck(site.base() + page);
                visited.add(page);
            }
        }
        browser.get(site.base() + "/search?q=" + TestSite.encode(ADDRESS_PAYLOADS.get(0)));
        assertEquals(
                ADDRESS_PAYLOADS.get(0),
                browser.findElement(By.id("q")).getAttribute("value"),
                "the box holds the text as typed");
        assertEquals(18, visited.size());
    }

    /** Loads a page, lets its script finish, provokes every handler, checks nothing ran; returns the page's text. */
    private static String visitAndCheck(String url) {
        browser.get(url);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        driver -> js.executeScript(
                                "var box = document.getElementById('search-phrases');"
                                        + "return document.readyState === 'complete' && (!box || !box.hidden"
                                        + " || performance.getEntriesByType('resource').some(function (r) { return r.name.indexOf('/api/insights/phrases') >= 0; }));"));
        js.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 50);");
        js.executeScript(PROVOKE);
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert opened on " + url);
        assertEquals("undefined", js.executeScript("return typeof window.pwned;"), "a payload ran on " + url);
        assertEquals(List.of(), js.executeScript(INJECTED), "injected into " + url);
        return browser.findElement(By.tagName("body")).getText() + "\n" + browser.getTitle();
    }
}
