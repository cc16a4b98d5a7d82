package org.sendsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.insights.ExportFormat;
import org.sendsearch.insights.ExportService;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;

/**
 * {@code GET /api/export?format=csv|json&<search parameters>}: every finding (or, with
 * {@code scope=documents}, every document) the search matches, streamed as a download. The
 * parameters are the search's own (page and size are ignored), checked by the same parser, so
 * "export" always means "these results". Headers say how many rows match and whether the export
 * was capped; once streaming has started an error can only end the download early (and is logged,
 * by {@link ErrorResponses}, which answers the errors before it).
 */
final class ExportController {
    private static final Logger log = LogManager.getLogger(ExportController.class);

    private final ExportService service;
    private final Vocabulary vocabulary;

    ExportController(ExportService service, Vocabulary vocabulary) {
        this.service = service;
        this.vocabulary = vocabulary;
    }

    void api(Context ctx) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.remove("page");
        params.remove("size");
        List<String> formats = params.remove("format");
        if (formats != null && formats.size() > 1) {
            throw new InvalidSearchException(
                    "The parameter 'format' was given " + formats.size() + " times; give it once.");
        }
        ExportFormat format = ExportFormat.parse(formats == null || formats.isEmpty() ? null : formats.get(0));
        SearchQuery request = SearchQuery.parse(params, vocabulary);
        String name = "send-" + request.scope().id().replace("passages", "findings") + "-" + LocalDate.now() + "."
                + format.id();
        String base = ctx.scheme() + "://" + ctx.host();
        try {
            service.export(request, format, base, (total, capped) -> {
                ctx.contentType(format.contentType());
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
                ctx.header("X-Export-Total", Long.toString(total));
                ctx.header("X-Export-Max-Rows", Integer.toString(service.maxRows()));
                if (capped) {
                    ctx.header("X-Export-Capped", service.capMessage(total));
                }
                ctx.header("Cache-Control", "no-store");
                return ctx.outputStream();
            });
        } catch (IOException e) {
            // Not an error to answer: there is no one left to answer.
            log.info("Export not completed (the client went away?): {}", e.toString());
        }
    }
}
