package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.Passage;
import org.sendsearch.search.CorpusIndex;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code /search.atom} and {@code /findings/{id}} on the real node: the feed parses with the JDK's
 * XML parser (namespace-aware, no DOCTYPE allowed), its entries come newest first, every entry's
 * link resolves (the permalink redirects to the finding in its document page, which answers 200),
 * markup in documents stays text, and the passage ids behind the permalinks are the same on every
 * extraction of the same files.
 */
@ExtendWith(TestSite.Extension.class)
class AtomFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final HttpClient following =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Document feed) {
        NodeList list = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            entries.add((Element) list.item(i));
        }
        return entries;
    }

    private static String child(Element element, String name) {
        return element.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void theFeedParsesComesNewestFirstAndItsLinksResolve(TestSite site) throws Exception {
        HttpResponse<String> response = site.get("/search.atom?q=waiting&sort=relevance");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/atom+xml"));
        Document feed = parse(response.body());
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
        List<Element> entries = entries(feed);
        assertTrue(entries.size() >= 5, "entries: " + entries.size());
        OffsetDateTime previous = OffsetDateTime.MAX;
        for (Element entry : entries) {
            OffsetDateTime updated = OffsetDateTime.parse(child(entry, "updated"));
            assertTrue(!updated.isAfter(previous), "newest first: " + updated + " after " + previous);
            previous = updated;
            assertTrue(child(entry, "id").startsWith(site.base() + "/findings/"), child(entry, "id"));
        }
        assertEquals(
                OffsetDateTime.parse(child(entries.get(0), "updated")),
                OffsetDateTime.parse(feed.getDocumentElement()
                        .getElementsByTagNameNS(ATOM, "updated")
                        .item(0)
                        .getTextContent()),
                "the feed is as new as its newest entry");
        for (Element entry : entries.subList(0, 5)) {
            String href = ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
            HttpResponse<String> target = following.send(
                    HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, target.statusCode(), href);
            assertTrue(
                    target.uri().getPath().startsWith("/documents/"),
                    target.uri().toString());
        }
        JsonOrder order = new JsonOrder(site.json("/api/search?q=waiting&sort=newest"));
        assertEquals(order.firstIds(entries.size()), ids(entries), "the same findings as the search, newest first");
    }

    private record JsonOrder(com.fasterxml.jackson.databind.JsonNode answer) {
        List<String> firstIds(int n) {
            List<String> ids = new ArrayList<>();
            answer.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
            return ids.subList(0, Math.min(n, ids.size()));
        }
    }

    private static List<String> ids(List<Element> entries) {
        return entries.stream()
                .map(entry -> child(entry, "id").replaceFirst("^.*/findings/", ""))
                .toList();
    }

    @Test
    void aPermalinkRedirectsToTheFindingAndAnUnknownOneIsNotFound(TestSite site) {
        String id = site.json("/api/search?q=autism&size=1")
                .path("hits")
                .get(0)
                .path("id")
                .asText();
        HttpResponse<String> redirect = site.get("/findings/" + id);
        assertEquals(302, redirect.statusCode());
        String location = redirect.headers().firstValue("location").orElseThrow();
        assertTrue(location.startsWith("/documents/") && location.matches(".*#p-\\d+"), location);
        assertEquals(404, site.get("/findings/no-such-shape").statusCode());
        assertEquals(400, site.get("/search.atom?colour=blue").statusCode());
    }

    @Test
    void markupInDocumentsIsTextInTheFeed(TestSite site) throws Exception {
        HttpResponse<String> response = site.getFrom(site.hostileBase(), "/search.atom?q=survey");
        assertEquals(200, response.statusCode());
        Document feed = parse(response.body());
        assertTrue(feed.getElementsByTagName("script").getLength() == 0, "no element from a document's text");
        String summaries = entries(feed).stream().map(e -> child(e, "summary")).reduce("", String::concat);
        assertTrue(summaries.contains("<script>window.pwned = true</script>"), summaries);
    }

    @Test
    void passageIdsAreTheSameOnEveryExtraction() throws IOException {
        Path corpus = CorpusIndex.corpus();
        List<String> first = passageIds(corpus);
        assertTrue(first.size() > 100);
        assertEquals(first, passageIds(corpus), "ids from path and position, not from the run");
        assertTrue(first.stream().allMatch(id -> id.matches(".+-\\d+")));
    }

    private static List<String> passageIds(Path corpus) throws IOException {
        Extractor extractor = Extractor.fromConfig(CorpusIndex.config().path(), Extractor.DEFAULT_MAX_BYTES);
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                if (extractor.extract(file, corpus) instanceof ExtractedDocument document) {
                    document.passages().stream().map(Passage::id).forEach(ids::add);
                }
            }
        }
        return ids;
    }
}
