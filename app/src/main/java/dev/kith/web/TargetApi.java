package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import dev.kith.network.Network;
import dev.kith.network.Target;
import dev.kith.network.TargetStatus;
import io.javalin.http.Context;

/**
 * The REST API of introductions: targets ({@code /api/v1/targets}), paths ({@code /api/v1/paths}) and
 * the breadth of the network ({@code /api/v1/breadth}); described in {@code /api/openapi.json}.
 */
final class TargetApi {
    private final Kith book;

    TargetApi(Kith book) {
        this.book = book;
    }

    /** A new target: as {@code kith target add} takes it (name, organization, industry, role, note). */
    record NewTarget(String name, String organization, String industry, String role, String note) {
    }

    void register(Routes r) {
        String v1 = ApiRoutes.V1;
        r.get(v1 + "/targets", ctx -> ctx.json(book.network().targets().list("true".equals(ctx.queryParam("all")))));
        r.post(v1 + "/targets", this::add);
        r.get(v1 + "/targets/{id}", ctx -> ctx.json(book.network().targets().get(Params.id(ctx, "id"))));
        r.post(v1 + "/targets/{id}/archive", ctx -> ctx.json(book.network().targets()
                .setStatus(Params.id(ctx, "id"), TargetStatus.ARCHIVED)));
        r.get(v1 + "/paths", this::paths);
        r.get(v1 + "/breadth", ctx -> ctx.json(book.network().breadth().report()));
    }

    private void add(Context ctx) {
        if (ctx.body().isBlank()) {
            throw new ValidationException("body", "a JSON object is required");
        }
        NewTarget b = ctx.bodyAsClass(NewTarget.class);
        Target t = book.network().targets().add(b.name(), b.organization(), b.industry(), b.role(), b.note());
        ctx.status(201).header("Location", ApiRoutes.V1 + "/targets/" + t.id()).json(t);
    }

    /** {@code ?target=T&k=3&maxHops=4}: the documented path JSON. */
    private void paths(Context ctx) {
        String target = ctx.queryParam("target");
        if (target == null || target.isBlank()) {
            throw new ValidationException("target", "is required");
        }
        Integer k = Params.optionalInteger("k", ctx.queryParam("k"));
        Integer hops = Params.optionalInteger("maxHops", ctx.queryParam("maxHops"));
        Network network = book.network();
        try {
            dev.kith.network.Target resolved = network.resolveTargetFirst(target);
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>(network.paths(resolved,
                    k == null ? Network.DEFAULT_K : k, hops == null ? Network.DEFAULT_HOPS : hops).json());
            json.put("colleagues", book.colleaguePaths(resolved).stream().map(dev.kith.team.ColleaguePath::json).toList());
            ctx.json(json);
        } catch (ValidationException e) {
            if (!e.field().equals("max-hops")) {
                throw e;
            }
            throw new ValidationException("maxHops", e.reason());
        }
    }
}
