package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The precedent-wording panel in real headless Chromium: shown for a quoted phrase typed in the
 * box (curly quotes too), not for plain words; each of its count links opens a search whose total
 * is the count it showed; every link in it is reached by Tab; axe finds nothing wrong in it.
 */
@Tag("browser")
@ExtendWith(TestSite.Extension.class)
class PhraseUsageBrowserTest {
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start("phrase");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static void search(TestSite site, String typed) {
        browser.get(site.base() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(typed);
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search?"));
    }

    private static long leadingNumber(String text) {
        return Long.parseLong(text.replaceAll("^([\\d,]+).*$", "$1").replace(",", ""));
    }

    @Test
    void thePanelShowsForAQuotedPhraseAndNotForPlainWords(TestSite site) {
        search(site, "“joint commissioning”");
        WebElement panel = browser.findElement(By.id("phrase-usage"));
        assertTrue(panel.isDisplayed());
        assertEquals(
                "How this wording has been used",
                panel.findElement(By.tagName("h2")).getText());
        assertTrue(panel.getText().contains("The same point in other words"), panel.getText());
        assertFalse(
                panel.findElements(By.cssSelector(".phrase-neighbours li a")).isEmpty());

        search(site, "joint commissioning");
        assertTrue(browser.findElements(By.id("phrase-usage")).isEmpty(), "no panel for plain words");
    }

    @Test
    void eachCountLinkOpensASearchWithThatTotal(TestSite site) {
        search(site, "\"joint commissioning\"");
        List<String[]> links = new ArrayList<>();
        for (WebElement link : browser.findElements(
                By.cssSelector("#phrase-usage-passages, #phrase-usage-documents, [id^=phrase-usage-year-], "
                        + "[id^=phrase-usage-author-], .phrase-usage-areas a"))) {
            if (!link.getTagName().equals("a")) {
                continue;
            }
            String label = link.getAttribute("aria-label");
            String text = label == null || label.isBlank() ? link.getAttribute("textContent") : label;
            if (!link.findElements(By.xpath("ancestor::details")).isEmpty()) {
                text = text.substring(text.indexOf(": ") + 2); // "Liverpool: 4 passages"
            }
            links.add(new String[] {link.getAttribute("href"), text});
        }
        assertTrue(links.size() >= 6, "passages, documents, the years, authors and areas: " + links.size());
        for (String[] link : links) {
            long shown = leadingNumber(link[1]);
            browser.get(link[0]);
            String heading = browser.findElement(By.id("results-heading")).getText();
            assertEquals(shown, leadingNumber(heading), link[1] + " opened " + link[0] + ": " + heading);
        }
    }

    @Test
    void everyLinkOfThePanelIsReachedByKeyboard(TestSite site) {
        search(site, "\"joint commissioning\"");
        // The areas' links are folded into a <details>: its summary takes focus, they do once it is open.
        List<WebElement> wanted = new ArrayList<>(browser.findElements(
                By.cssSelector("#phrase-usage > p a, #phrase-usage summary, #phrase-usage .phrase-neighbours a")));
        assertTrue(wanted.size() > 5, wanted.size() + " links");
        List<WebElement> reached = new ArrayList<>();
        for (int tabs = 0; tabs < 200 && reached.size() < wanted.size(); tabs++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.contains(focused) && !reached.contains(focused)) {
                reached.add(focused);
            }
        }
        assertEquals(wanted.size(), reached.size(), "every link and the areas' summary take focus");
        WebElement first = browser.findElement(By.id("phrase-usage-passages"));
        first.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.stalenessOf(first));
        assertTrue(browser.findElement(By.id("results-heading")).getText().endsWith("findings"));
    }

    @Test
    void axeFindsNoViolationsInThePanel(TestSite site) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        search(site, "\"joint commissioning\"");
        List<String> violations = AccessibilityBrowserTest.axeViolations(browser, "#phrase-usage");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
