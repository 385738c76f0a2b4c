package dev.kith.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API reference as a page, rendered on the server from the bundled OpenAPI document: no script and
 * nothing fetched from elsewhere. Its address and the document's {@code servers} entry are the address
 * the page was asked at.
 */
final class ApiDocs {
    private final Pages pages;
    private final boolean team;

    ApiDocs(Pages pages, boolean team) {
        this.pages = pages;
        this.team = team;
    }

    /** One operation: method, path, summary and its parameters ("name (in, required)"). */
    record Operation(String method, String path, String summary, List<String> parameters, boolean body) {
    }

    /** The page: the server address, and the operations by tag in the document's order. */
    record DocsModel(String server, String version, Map<String, List<Operation>> byTag, boolean team) {
    }

    void register(Routes r) {
        r.get("/settings/api", this::page);
    }

    /** The address this request reached the server at, as a client would write it. */
    static String server(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private void page(Context ctx) {
        JsonNode doc;
        try {
            doc = WebJson.MAPPER.readTree(OpenApi.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode o = op.getValue();
                List<String> params = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    params.add(p.path("name").asText() + " (" + p.path("in").asText()
                            + (p.path("required").asBoolean() ? ", required" : "") + ")");
                }
                String tag = o.path("tags").path(0).asText("other");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(new Operation(op.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(), o.path("summary").asText(""), params, o.has("requestBody")));
            }
        }
        pages.render(ctx, "api-docs.jte", "API", "settings",
                new DocsModel(server(ctx), doc.path("info").path("version").asText(""), byTag, team));
    }
}
