package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Duplicates;
import dev.kith.core.ValidationException;
import dev.kith.journal.Scope;
import io.javalin.http.Context;
import java.util.List;

/**
 * The Duplicates page: contacts already in the book that look like one person, side by side, each pair
 * with "Merge" (the same merge as {@code kith contacts merge}, undoable) and "Not the same person"
 * (remembered, so the pair is not suggested again).
 */
final class DuplicatePages {
    /** The most pairs one page shows; the rest come once these are dealt with. */
    static final int SHOWN = 100;

    private final Kith book;
    private final Pages pages;

    DuplicatePages(Kith book, Pages pages) {
        this.book = book;
        this.pages = pages;
    }

    /** The pairs to show, and how many more there are. */
    record DuplicatesModel(List<Duplicates.Pair> pairs, int more) {
    }

    void register(Routes r) {
        r.get("/duplicates", this::page);
        r.post("/duplicates/merge", this::merge);
        r.post("/duplicates/dismiss", this::dismiss);
    }

    private void page(Context ctx) {
        Duplicates.Found found = book.duplicates().find(SHOWN);
        pages.render(ctx, "duplicates.jte", "Duplicates", "contacts",
                new DuplicatesModel(found.pairs(), found.total() - found.pairs().size()));
    }

    private void merge(Context ctx) {
        long a = id(ctx, "a");
        long b = id(ctx, "b");
        long keep = id(ctx, "keep");
        if (keep != a && keep != b) {
            throw new ValidationException("keep", "choose which of the two to keep");
        }
        long gone = keep == a ? b : a;
        String goneName = book.contacts().get(gone).name();
        Contact kept = book.mergeContacts(keep, gone);
        Toasts.say(ctx, "Merged " + goneName + " into " + kept.name() + ": one contact now holds everything of both.",
                true);
        ctx.redirect("/duplicates");
    }

    private void dismiss(Context ctx) {
        long a = id(ctx, "a");
        long b = id(ctx, "b");
        String first = book.contacts().get(a).name();
        String second = book.contacts().get(b).name();
        book.journal().record("kept " + first + " and " + second + " apart", Scope.contacts(a, b), () -> {
            book.duplicates().dismiss(a, b);
            return null;
        });
        Toasts.say(ctx, first + " and " + second + " are different people: they will not be suggested as duplicates again.",
                true);
        ctx.redirect("/duplicates");
    }

    private static long id(Context ctx, String field) {
        String text = ctx.formParam(field);
        if (text == null || text.isBlank() || text.length() > 18 || !text.strip().chars().allMatch(Character::isDigit)) {
            throw new ValidationException(field, "choose a contact");
        }
        return Long.parseLong(text.strip());
    }
}
