package dev.kith.web;

import dev.kith.articles.Article;
import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import dev.kith.interactions.InteractionKind;
import dev.kith.intros.Intro;
import dev.kith.intros.Suggestions;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** The REST routes of giving: articles, shares, introductions and reciprocity, under {@code /api/v1}. */
final class GivingApi {
    private final Kith book;

    GivingApi(Kith book) {
        this.book = book;
    }

    /** {@code POST /articles}. */
    record NewArticle(String url, String title, String text, String takeaway, List<String> tags) {
    }

    /** {@code POST /articles/{id}/shares}: the contact (id or name), why, and email or message. */
    record NewShare(String contact, String why, String via) {
    }

    /** {@code POST /intros}: the two people (ids or names) and why. */
    record NewIntro(String a, String b, String why) {
    }

    /** {@code POST /intros/{id}/advance}. */
    record Advance(Boolean declined, String outcome) {
    }

    void register(Routes r) {
        String v1 = ApiRoutes.V1;
        r.get(v1 + "/articles", ctx -> ctx.json(book.articles().list()));
        r.post(v1 + "/articles", this::addArticle);
        r.get(v1 + "/articles/{id}", ctx -> ctx.json(book.articles().get(Params.id(ctx, "id"))));
        r.get(v1 + "/articles/{id}/recipients", ctx -> {
            Article a = book.articles().get(Params.id(ctx, "id"));
            ctx.json(book.articles().recipients(a, limit(ctx)));
        });
        r.post(v1 + "/articles/{id}/shares", this::share);
        r.get(v1 + "/shares", ctx -> ctx.json(book.articles().shares()));
        r.get(v1 + "/intros", ctx -> ctx.json("true".equals(ctx.queryParam("open")) ? book.intros().open() : book.intros().all()));
        r.post(v1 + "/intros", this::startIntro);
        r.get(v1 + "/intros/suggestions", ctx -> ctx.json(Suggestions.suggest(book.book(), book.intros(), limit(ctx))));
        r.get(v1 + "/intros/{id}", ctx -> ctx.json(book.intros().get(Params.id(ctx, "id"))));
        r.post(v1 + "/intros/{id}/advance", this::advance);
        r.get(v1 + "/reciprocity", ctx -> ctx.json(book.reciprocity().lopsided().stream().map(GivingApi::balance).toList()));
        r.get(v1 + "/contacts/{id}/reciprocity", ctx -> ctx.json(balance(book.reciprocity().of(
                book.contacts().get(Params.id(ctx, "id")).id()))));
    }

    private static Map<String, Object> balance(dev.kith.reciprocity.Balance b) {
        return Map.of("id", b.contactId(), "name", b.name(), "gave", b.gave(), "asked", b.asked(),
                "neutral", b.neutral(), "lean", b.lean(), "onlyAsks", b.onlyAsks());
    }

    private static int limit(Context ctx) {
        Integer l = Params.optionalInteger("limit", ctx.queryParam("limit"));
        if (l != null && (l < 1 || l > 1000)) {
            throw new ValidationException("limit", "must be between 1 and 1000");
        }
        return l == null ? 10 : l;
    }

    private static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw new ValidationException("body", "a JSON object is required");
        }
        return ctx.bodyAsClass(type);
    }

    private void addArticle(Context ctx) {
        NewArticle b = body(ctx, NewArticle.class);
        Article a = book.articles().add(b.url(), b.title(), b.text(), b.takeaway(), b.tags() == null ? List.of() : b.tags());
        ctx.status(201).header("Location", ApiRoutes.V1 + "/articles/" + a.id()).json(a);
    }

    private void share(Context ctx) {
        Article a = book.articles().get(Params.id(ctx, "id"));
        NewShare b = body(ctx, NewShare.class);
        InteractionKind via = b.via() == null ? InteractionKind.MESSAGE : InteractionKind.parse("via", b.via());
        ctx.status(201).json(book.articles().share(a, book.contacts().resolve(ApiRequests.required("contact", b.contact())),
                b.why(), via));
    }

    private void startIntro(Context ctx) {
        NewIntro b = body(ctx, NewIntro.class);
        Intro i = book.intros().start(book.contacts().resolve(ApiRequests.required("a", b.a())),
                book.contacts().resolve(ApiRequests.required("b", b.b())), b.why());
        ctx.status(201).header("Location", ApiRoutes.V1 + "/intros/" + i.id()).json(i);
    }

    private void advance(Context ctx) {
        long id = Params.id(ctx, "id");
        Advance b = ctx.body().isBlank() ? new Advance(false, null) : ctx.bodyAsClass(Advance.class);
        ctx.json(book.intros().advance(id, Boolean.TRUE.equals(b.declined()), b.outcome()));
    }
}
