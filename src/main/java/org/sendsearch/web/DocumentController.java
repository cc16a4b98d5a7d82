package org.sendsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentService;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.DocumentView;
import org.sendsearch.search.InspectionFacts;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

/**
 * One document: {@code GET /api/documents/{id}} (metadata, warnings, cleaned text, passages),
 * {@code GET /documents/{id}} (the reading page) and {@code GET /documents/{id}/source} (the
 * original file, read-only, with a content type that cannot run anything). Errors are thrown and
 * answered by {@link ErrorResponses}.
 */
final class DocumentController {
    private final DocumentService documents;
    private final SourceFiles sources;
    private final DocumentPage page;
    private final Vocabulary vocabulary;
    private final CitePage citePage = new CitePage();

    DocumentController(DocumentService documents, SourceFiles sources) {
        this.documents = documents;
        this.sources = sources;
        this.vocabulary = documents.vocabulary();
        this.page = new DocumentPage(vocabulary);
    }

    void api(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentView view = documents.find(id).orElseThrow(() -> notFound("Document not found", id));
        ctx.json(body(view));
    }

    void page(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentView view = documents.find(id).orElseThrow(() -> notFound("Document not found", id));
        boolean source = sources.find(view.document()).isPresent();
        String query = ctx.queryParam("q");
        query = query == null ? "" : query.strip();
        if (query.length() > SearchQuery.MAX_QUERY_LENGTH) {
            query = query.substring(0, SearchQuery.MAX_QUERY_LENGTH);
        }
        ctx.html(page.render(view, source, query));
    }

    /** {@code GET /findings/{id}/cite}: the finding's citation page, in the style asked for ({@code ?style=}). */
    void cite(Context ctx) {
        CitePage.Cited cited = cited(ctx);
        ctx.html(citePage.render(cited, CitePage.Style.byId(ctx.queryParam("style"))));
    }

    /** {@code GET /findings/{id}/cite.ris}: the citation for reference managers. */
    void citeRis(Context ctx) {
        CitePage.Cited cited = cited(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(cited) + ".ris\"");
        ctx.contentType("application/x-research-info-systems; charset=utf-8").result(CiteFormats.ris(cited));
    }

    /** {@code GET /findings/{id}/cite.bib}: the citation as BibTeX. */
    void citeBibtex(Context ctx) {
        CitePage.Cited cited = cited(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(cited) + ".bib\"");
        ctx.contentType("application/x-bibtex; charset=utf-8").result(CiteFormats.bibtex(cited));
    }

    private static String fileName(CitePage.Cited cited) {
        return cited.passage().id().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The finding a passage id names ({@code <document id>-<ordinal>}), or a 404 saying there is none. */
    private CitePage.Cited cited(Context ctx) {
        String id = ctx.pathParam("id");
        int dash = id.lastIndexOf('-');
        if (dash <= 0
                || dash == id.length() - 1
                || !id.substring(dash + 1).chars().allMatch(Character::isDigit)
                || id.length() - dash > 7) {
            throw findingNotFound(id);
        }
        int ordinal = Integer.parseInt(id.substring(dash + 1));
        DocumentView view = documents.find(id.substring(0, dash)).orElseThrow(() -> findingNotFound(id));
        PassageSource passage = view.passages().stream()
                .filter(p -> p.ordinalOrZero() == ordinal && id.equals(p.id()))
                .findFirst()
                .orElseThrow(() -> findingNotFound(id));
        String permalink = ctx.scheme() + "://" + ctx.host()
                + SearchService.passageUrl(passage.documentId(), passage.ordinalOrZero());
        return new CitePage.Cited(
                view,
                passage,
                permalink,
                sources.find(view.document()).isPresent(),
                LocalDate.now(ZoneId.of("Europe/London")));
    }

    private static HttpProblem findingNotFound(String id) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return HttpProblem.notFound(
                "Finding not found",
                "There is no finding with the id '" + shown
                        + "'. It may have changed when the corpus was last indexed; search for it instead.");
    }

    void source(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        DocumentView view = documents.find(id).orElseThrow(() -> notFound("Original file not available", id));
        Path file = sources.find(view.document())
                .orElseThrow(() -> HttpProblem.notFound(
                        "Original file not available",
                        "The original file of this document is not available on this server."));
        DocumentSource document = view.document();
        String type = SourceFiles.contentType(
                document.file().format() == null
                        ? null
                        : document.file().format().id());
        String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header(
                "Content-Disposition",
                (type.startsWith("application/octet") ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        ctx.contentType(type);
        InputStream in = Files.newInputStream(file);
        ctx.result(in);
    }

    private static HttpProblem notFound(String title, String id) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return HttpProblem.notFound(
                title,
                "There is no document with the id '" + shown + "'. It may have been removed or "
                        + "renamed when the corpus was last indexed; search for it instead.");
    }

    private Map<String, Object> body(DocumentView view) {
        DocumentSource d = view.document();
        DocumentFacts facts = d.facts();
        InspectionFacts inspection = d.inspection();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", d.id());
        body.put("title", facts.title());
        body.put("type", facts.type());
        body.put("typeLabel", facts.type() == null ? null : facts.type().label());
        body.put("area", facts.area());
        body.put("region", facts.region());
        body.put("date", facts.date());
        body.put("year", Objects.toString(facts.year(), null)); // a string, as the API always gave it
        body.put("inspectionStart", inspection.inspectionStart());
        body.put("inspectionEnd", inspection.inspectionEnd());
        body.put("wsoaRequired", facts.wsoaRequired());
        body.put("outcome", inspection.outcome());
        body.put("leadInspector", facts.leadInspector());
        body.put("inspectors", inspection.inspectors());
        body.put("addressees", inspection.addressees());
        body.put("healthBodies", inspection.healthBodies());
        body.put("committee", d.paper().committee());
        body.put("meetingDate", d.paper().meetingDate());
        body.put("author", d.paper().author());
        body.put("significantWeaknesses", inspection.significantWeaknesses());
        body.put("warnings", d.warnings());
        body.put("sourcePath", d.file().sourcePath());
        body.put("format", d.file().format());
        body.put("sizeBytes", d.file().sizeBytes());
        body.put("sha256", d.file().sha256());
        body.put("url", SearchService.documentUrl(d.id()));
        // Where it is published ({"url", "origin": "list" | "page"}), null when not known.
        body.put(IndexField.PUBLISHED_ADDRESS, facts.linkableAddress());
        body.put("sourceUrl", sources.find(d).isPresent() ? SearchService.documentUrl(d.id()) + "/source" : null);
        body.put("citation", view.citation());
        body.put("text", d.text());
        List<Map<String, Object>> passages = new ArrayList<>();
        for (PassageSource p : view.passages()) {
            Map<String, Object> passage = new LinkedHashMap<>();
            passage.put("id", p.id());
            passage.put("ordinal", p.ordinal());
            passage.put("section", p.section());
            passage.put("heading", p.heading());
            passage.put("polarity", p.polarity());
            passage.put("themes", p.themes());
            passage.put("text", p.text());
            passage.put("start", p.start());
            passage.put("end", p.end());
            passage.put("citation", Citation.of(p));
            passage.put("url", SearchService.passageUrl(d.id(), p.ordinalOrZero()));
            passages.add(passage);
        }
        body.put("passages", passages);
        return body;
    }
}
