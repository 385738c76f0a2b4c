package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import dev.kith.network.TargetStatus;
import dev.kith.today.Action;
import dev.kith.today.Today;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Targets page: whom I want to meet, each with its best introduction paths explained and, when
 * Today proposes one, the ask-intro draft to send and a button that records it; a form to add one.
 */
final class TargetPages {
    /** How many paths the page shows per target. */
    static final int PATHS = 3;

    private final Kith book;
    private final Pages pages;
    private final Today today;

    TargetPages(Kith book, Pages pages) {
        this.book = book;
        this.pages = pages;
        this.today = book.today();
    }

    /** One target: its paths (or the no-path message) and the ask-intro action, null when none. */
    record Item(Target target, PathReport report, Action intro, List<dev.kith.team.ColleaguePath> colleagues) {
    }

    /** What the add form held, to show it again with the error. */
    record Form(String name, String org, String industry, String role, String note) {
        static final Form EMPTY = new Form("", "", "", "", "");
    }

    /** The page; {@code field} names the form field that failed, {@code error} says why. */
    record Model(List<Item> items, Form form, String field, String error) {
        String errorFor(String f) {
            return f.equals(field) ? error : null;
        }
    }

    void register(Routes r) {
        r.get("/targets", ctx -> render(ctx, Form.EMPTY, null, null));
        r.post("/targets", this::add);
        r.post("/targets/{id}/ask", this::ask);
        r.post("/targets/{id}/archive", ctx -> {
            book.network().targets().setStatus(Params.id(ctx, "id"), TargetStatus.ARCHIVED);
            ctx.redirect("/targets");
        });
    }

    private void add(Context ctx) {
        Form form = new Form(ctx.formParam("name"), ctx.formParam("org"), ctx.formParam("industry"),
                ctx.formParam("role"), ctx.formParam("note"));
        try {
            Target t = book.network().targets().add(form.name(), form.org(), form.industry(), form.role(), form.note());
            ctx.redirect("/targets#target-" + t.id());
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, form, field(e.field()), e.reason()
                    .replace("--org", "organization").replace("--industry", "industry").replace("--role", "role")
                    .replace("NAME", "a person"));
        }
    }

    /** The form field a validation error names. */
    private static String field(String f) {
        return switch (f) {
            case "NAME" -> "name";
            case "org", "industry", "role", "note" -> f;
            default -> "name";
        };
    }

    /** Records the ask-intro action of target {@code id} as done, with the (possibly edited) draft as the note. */
    private void ask(Context ctx) {
        long id = Params.id(ctx, "id");
        book.network().targets().get(id);
        today.done("ask-intro:" + id, ctx.formParam("note"));
        ctx.redirect("/targets#target-" + id);
    }

    private void render(Context ctx, Form form, String field, String error) {
        Network network = book.network();
        Map<Long, Action> intros = new HashMap<>();
        for (Action a : today.candidates(today.snapshot())) {
            if (a.kind().equals("ask-intro")) {
                intros.put(a.ref(), a);
            }
        }
        List<Target> targets = network.targets().list(false);
        List<PathReport> reports = network.paths(targets, PATHS, Network.DEFAULT_HOPS);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            items.add(new Item(targets.get(i), reports.get(i), intros.get(targets.get(i).id()),
                    book.colleaguePaths(targets.get(i))));
        }
        pages.render(ctx, "targets.jte", "Targets", "targets", new Model(items, form, field, error));
    }

    /** The target {@code text} names for the network picture, or null when blank or unknown. */
    static PathReport highlight(Kith book, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Network network = book.network();
            return network.paths(network.resolveTargetFirst(text), 1, Network.DEFAULT_HOPS);
        } catch (NotFoundException | ValidationException e) {
            return null;
        }
    }
}
