package dev.kith.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** The precompiled JTE templates (HTML-escaped); thread-safe. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "dev.kith.web");

    /** Renders {@code template} (e.g. {@code "contacts.jte"}) with its named parameters into the response. */
    void render(Context ctx, String template, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.html(out.toString());
    }
}
