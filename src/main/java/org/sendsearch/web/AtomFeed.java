package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sendsearch.search.ResultOrder;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.SearchService;

/**
 * {@code GET /search.atom?<the parameters of /search>}: a search as an Atom feed (RFC 4287), newest
 * first by the date research counts by, so a researcher can follow new findings in any feed reader;
 * and {@code GET /findings/{id}}, the permalink of one finding, which redirects to the finding in
 * its document.
 *
 * <p>Permalinks survive re-indexing because passage ids do: a document's id is a slug and hash of
 * its path within its source ({@code ingest/DocumentIds}), and a passage's id is that id and the
 * passage's position in the document ({@code <document>-<ordinal>}); rebuilding the index from the
 * same files gives the same ids. (Editing a file so that its paragraphs move would move them.)
 *
 * <p>The XML is written by the JDK's StAX writer, which escapes every text and attribute, so
 * markup in a document stays text in the feed.
 */
final class AtomFeed {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern PASSAGE_ID = Pattern.compile("(.+)-(\\d{1,6})");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final SearchService search;

    AtomFeed(SearchService search) {
        this.search = search;
    }

    /** The feed of the first page of the search, sorted newest first whatever the URL's order. */
    void feed(Context ctx) throws XMLStreamException {
        SearchQuery given = SearchQuery.parse(ctx.queryParamMap(), search.vocabulary());
        SearchQuery newest = new SearchQuery(
                given.query(),
                given.scope(),
                given.filters(),
                given.from(),
                given.to(),
                ResultOrder.NEWEST,
                1,
                given.size());
        SearchResult result = search.search(newest);
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType(CONTENT_TYPE).result(render(newest, result, base));
    }

    /** {@code /findings/{id}}: a 302 to the finding in its document page; 404 for an id of no such shape. */
    void permalink(Context ctx) {
        String id = ctx.pathParam("id");
        Matcher matcher = PASSAGE_ID.matcher(id);
        if (!matcher.matches()) {
            throw HttpProblem.notFound("Finding not found", "There is no finding with the id ‘" + id + "’.");
        }
        ctx.redirect(SearchService.passageUrl(matcher.group(1), Integer.parseInt(matcher.group(2))), HttpStatus.FOUND);
    }

    /** The permalink of a finding, or the page of a document. */
    static String permalink(SearchHit hit, Scope scope) {
        return scope == Scope.PASSAGES ? SearchService.findingUrl(hit.id()) : SearchService.documentUrl(hit.id());
    }

    static String render(SearchQuery request, SearchResult result, String base) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XML.createXMLStreamWriter(text);
        String query = request.toQueryString();
        String page = "/search" + (query.isEmpty() ? "" : "?" + query);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(
                xml,
                "title",
                "SEND inspection findings" + (request.hasQuery() ? ": " + request.query() : "") + " (newest first)");
        element(xml, "id", base + page);
        link(xml, "self", base + "/search.atom" + (query.isEmpty() ? "" : "?" + query));
        link(xml, "alternate", base + page);
        LocalDate newest = result.hits().stream()
                .map(AtomFeed::dateOf)
                .filter(date -> date != null)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(2016, 1, 1));
        element(xml, "updated", timestamp(newest));
        xml.writeStartElement("author");
        element(xml, "name", "send-search (Ofsted, CQC and council documents)");
        xml.writeEndElement();
        for (SearchHit hit : result.hits()) {
            xml.writeStartElement("entry");
            String url = base + permalink(hit, request.scope());
            element(xml, "id", url);
            element(xml, "title", hit.title() + (hit.area() == null ? "" : " (" + hit.area() + ")"));
            link(xml, "alternate", url);
            LocalDate date = dateOf(hit);
            element(xml, "updated", timestamp(date == null ? newest : date));
            element(
                    xml,
                    "summary",
                    (hit.text() == null ? "" : hit.text()) + (hit.citation() == null ? "" : "\n\n" + hit.citation()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    /** The date research counts a finding by (its inspection's, for a letter printed before it). */
    private static LocalDate dateOf(SearchHit hit) {
        return hit.researchDate() != null ? hit.researchDate() : hit.date();
    }

    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
