package dev.kith.web;

import dev.kith.articles.Article;
import dev.kith.articles.Recipient;
import dev.kith.articles.Share;
import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import dev.kith.interactions.InteractionKind;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;

/**
 * The giving pages: the article library (add, then the suggested recipients with reasons, then
 * share). Introductions are {@link IntroPages}.
 */
final class GivingPages {
    private final Kith book;
    private final Pages pages;

    GivingPages(Kith book, Pages pages) {
        this.book = book;
        this.pages = pages;
    }

    /** The library and its add form; {@code error}/{@code field} describe a refused add. */
    record LibraryModel(List<Article> articles, String error, String field) {
    }

    /** One article with its recipients, its shares, and the note just drafted (null when none). */
    record ArticleModel(Article article, List<Recipient> recipients, List<Share> shares, List<String> sharedWith,
                        String draft, String error, Compose compose) {
    }

    /** A share being written: to whom, why, and the note to copy; nothing is recorded until "Mark sent". */
    record Compose(long contactId, String name, String why, String note, String email) {
    }

    void register(Routes r) {
        r.get("/articles", ctx -> library(ctx, null, null, 200));
        r.post("/articles", this::addArticle);
        r.get("/articles/{id}", ctx -> article(ctx, Params.id(ctx, "id"), null, null));
        r.post("/articles/{id}/shares", this::share);
        r.post("/articles/{id}/draft", this::compose);
    }

    private void library(Context ctx, String error, String field, int status) {
        ctx.status(status);
        pages.render(ctx, "articles.jte", "Articles", "articles", new LibraryModel(book.articles().list(), error, field));
    }

    private void addArticle(Context ctx) {
        try {
            String tags = ctx.formParam("tags");
            Article a = book.articles().add(ctx.formParam("url"), ctx.formParam("title"), ctx.formParam("text"),
                    ctx.formParam("takeaway"), tags == null ? List.of() : Arrays.asList(tags.split(",")));
            ctx.redirect("/articles/" + a.id());
        } catch (ValidationException e) {
            library(ctx, e.reason(), e.field(), 400);
        }
    }

    private void article(Context ctx, long id, String draft, String error) {
        article(ctx, id, draft, error, null);
    }

    private void article(Context ctx, long id, String draft, String error, Compose compose) {
        Article a = book.articles().get(id);
        List<Share> shares = book.articles().sharesOf(id);
        List<String> names = shares.stream().map(s -> book.contacts().get(s.contactId()).name()).toList();
        pages.render(ctx, "article.jte", a.title(), "articles",
                new ArticleModel(a, book.articles().recipients(a, 10), shares, names, draft, error, compose));
    }

    /** The note to send, editable, with Copy and Mark sent; records nothing. */
    private void compose(Context ctx) {
        long id = Params.id(ctx, "id");
        Article a = book.articles().get(id);
        try {
            var to = People.pick(book, ctx, "contact");
            String why = dev.kith.core.Text.blankToNull(ctx.formParam("why"));
            String first = to.givenName() != null ? to.givenName() : to.name().split(" ")[0];
            article(ctx, id, null, null, new Compose(to.id(), to.name(), why,
                    dev.kith.articles.Articles.draft(a, first, why), to.emails().isEmpty() ? null : to.emails().getFirst()));
        } catch (ValidationException e) {
            ctx.status(400);
            article(ctx, id, null, Messages.field(e));
        }
    }

    private void share(Context ctx) {
        long id = Params.id(ctx, "id");
        Article a = book.articles().get(id);
        try {
            var to = People.pick(book, ctx, "contact");
            Share s = book.articles().share(a, to, ctx.formParam("why"),
                    "email".equals(ctx.formParam("via")) ? InteractionKind.EMAIL : InteractionKind.MESSAGE);
            Toasts.say(ctx, "Shared with " + to.name() + ", and logged it as something you gave.");
            // the note as the user edited and sent it (Kith keeps no message bodies; it shows it back once)
            String sent = dev.kith.core.Text.blankToNull(ctx.formParam("note"));
            article(ctx, id, sent != null ? sent : s.draft(), null);
        } catch (ValidationException e) {
            ctx.status(400);
            article(ctx, id, null, Messages.field(e));
        }
    }
}
