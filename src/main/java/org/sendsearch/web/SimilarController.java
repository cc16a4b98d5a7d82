package org.sendsearch.web;

import io.javalin.http.Context;
import org.sendsearch.insights.SimilarFindings;
import org.sendsearch.insights.SimilarMode;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.Vocabulary;

/**
 * {@code GET /api/passages/{id}/similar} and {@code GET /findings/{id}/similar}: the findings in
 * other documents most like one finding (precedent wording, and the same point put in other words),
 * with the shared words marked. {@code mode=meaning|words|mix} chooses the ranking
 * ({@link SimilarMode#DEFAULT} without it), {@code kind=same} keeps findings of the same kind only.
 * Errors are thrown and answered by {@link ErrorResponses}.
 */
final class SimilarController {
    private final SimilarService service;
    private final SimilarPage page;

    SimilarController(SimilarService service, Vocabulary vocabulary) {
        this.service = service;
        this.page = new SimilarPage(vocabulary);
    }

    void api(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(service.similar(
                        id,
                        size(ctx.queryParam("size")),
                        sameKind(ctx.queryParam("kind")),
                        SimilarMode.parse(ctx.queryParam("mode")))
                .orElseThrow(() -> notFound(id)));
    }

    void page(Context ctx) {
        String id = ctx.pathParam("id");
        boolean sameKind = sameKind(ctx.queryParam("kind"));
        SimilarMode mode = SimilarMode.parse(ctx.queryParam("mode"));
        SimilarFindings found =
                service.similar(id, SimilarService.DEFAULT_SIZE, sameKind, mode).orElseThrow(() -> notFound(id));
        ctx.html(page.render(found, sameKind, mode));
    }

    /** {@code kind=same}: only findings of the same kind; {@code kind=any} (the default): all, same kind favoured. */
    private static boolean sameKind(String value) {
        if (value == null || value.isBlank() || value.strip().equals("any")) {
            return false;
        }
        if (value.strip().equals("same")) {
            return true;
        }
        throw new InvalidSearchException("kind must be 'same' or 'any'.");
    }

    private static int size(String value) {
        if (value == null || value.isBlank()) {
            return SimilarService.DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 1 && size <= SimilarService.MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSearchException("size must be a whole number from 1 to " + SimilarService.MAX_SIZE + ".");
    }

    private static HttpProblem notFound(String id) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return HttpProblem.notFound(
                "Finding not found",
                "There is no finding with the id '" + shown
                        + "'. It may have changed when the corpus was last indexed; search for it instead.");
    }
}
