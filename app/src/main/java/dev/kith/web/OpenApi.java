package dev.kith.web;

import dev.kith.core.KithException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Serves the hand-written OpenAPI 3.1 description of the REST API. */
final class OpenApi {
    static final String RESOURCE = "/web/openapi.json";

    private OpenApi() {
    }

    /** The document, its {@code servers} entry the address the request reached (so "try it" clients call this server). */
    static void serve(Context ctx) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode doc =
                    (com.fasterxml.jackson.databind.node.ObjectNode) WebJson.MAPPER.readTree(document());
            doc.putArray("servers").addObject().put("url", ApiDocs.server(ctx));
            ctx.contentType("application/json").result(WebJson.MAPPER.writeValueAsBytes(doc));
        } catch (IOException e) {
            throw new KithException("cannot read the OpenAPI document: " + e.getMessage(), e);
        }
    }

    static byte[] document() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new KithException("the OpenAPI document is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new KithException("cannot read the OpenAPI document: " + e.getMessage(), e);
        }
    }
}
