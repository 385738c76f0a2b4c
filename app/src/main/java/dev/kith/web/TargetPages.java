package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import dev.kith.network.TargetStatus;
import dev.kith.journal.Scope;
import dev.kith.settings.Settings;
import dev.kith.today.Action;
import dev.kith.today.Today;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Targets page: whom I want to meet, each with its best introduction paths explained and, when
 * Today proposes one, the note asking the first hop for the introduction: a draft to edit, copy or
 * send (when mail is set up), recorded only on "Mark sent" (or once sent); a form to add a target.
 */
final class TargetPages {
    /** How many paths the page shows per target. */
    static final int PATHS = 3;
    /** The id of Today's action asking for an introduction to a target, before the target's id. */
    private static final String ASK = "ask-intro:";

    private final Kith book;
    private final Pages pages;
    private final Today today;
    private final DraftMail mail;

    TargetPages(Kith book, Settings settings, Pages pages) {
        this.book = book;
        this.pages = pages;
        this.today = book.today();
        this.mail = new DraftMail(book, settings);
    }

    /**
     * One target: its paths (or the no-path message), the ask-intro action (null when none) and its
     * note to the person to ask; {@code askError} says why asking just failed (null when it did not).
     */
    record Item(Target target, PathReport report, Action intro, List<dev.kith.team.ColleaguePath> colleagues,
                DraftNote ask, String askError) {
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
        r.post("/targets/{id}/ask", ctx -> ask(ctx, false));
        r.post("/targets/{id}/send", ctx -> ask(ctx, true));
        r.post("/targets/{id}/archive", ctx -> {
            book.network().targets().setStatus(Params.id(ctx, "id"), TargetStatus.ARCHIVED);
            ctx.redirect("/targets");
        });
    }

    private void add(Context ctx) {
        Form form = new Form(ctx.formParam("name"), ctx.formParam("org"), ctx.formParam("industry"),
                ctx.formParam("role"), ctx.formParam("note"));
        try {
            // the form posts every box, empty or not: an empty one is one left out, not a blank value
            Target t = book.network().targets().add(Text.blankToNull(form.name()), Text.blankToNull(form.org()),
                    Text.blankToNull(form.industry()), Text.blankToNull(form.role()), form.note());
            ctx.redirect("/targets#target-" + t.id());
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, form, field(e.field()), Messages.sentence(null, e.reason()
                    .replace(" with --org", "").replace("--org", "organization").replace("--industry", "industry").replace("--role", "role")
                    .replace("NAME", "a person")));
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

    /**
     * "Mark sent" (or Send) of the note asking for an introduction to target {@code id}: records the
     * ask-intro action as done with the note as sent (a message logged to the person asked, an open ask,
     * the target marked asked), in the journal so that Undo takes it all back.
     */
    private void ask(Context ctx, boolean send) {
        long id = Params.id(ctx, "id");
        Target target = book.network().targets().get(id);
        String note = ctx.formParam("note");
        try {
            Action action = today.open(ASK + id);
            List<Contact> to = action.people().stream().map(p -> book.contacts().get(p.id())).toList();
            String names = String.join(" and ", to.stream().map(Contact::name).toList());
            String what = "asked " + names + " for an introduction to " + target.label();
            java.util.function.Supplier<Action> record = () -> book.journal().record(what,
                    Scope.contacts(to.stream().map(Contact::id).toList()).andTable("targets").andTable("today_actions"),
                    () -> today.done(action.id(), note));
            if (send) {
                mail.send(to, ctx.formParam("subject"), note, record);
                Toasts.say(ctx, "Sent to " + names + ". " + UndoApi.sentence(what));
            } else {
                record.get();
                Toasts.say(ctx, UndoApi.sentence(what), true);
            }
            ctx.redirect("/targets#target-" + id);
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, Form.EMPTY, null, null, id, Messages.field(e), note, ctx.formParam("subject"));
        } catch (HttpProblem e) {
            ctx.status(e.status());
            render(ctx, Form.EMPTY, null, null, id, Messages.sentence(e.field(), e.getMessage()), note,
                    ctx.formParam("subject"));
        } catch (dev.kith.core.KithException e) {
            // asked already (in another tab), or no longer proposed: say so in words, with the page as it is now
            ctx.status(409);
            render(ctx, Form.EMPTY, null, null, id, "This introduction can no longer be asked for from here: "
                    + "it was asked for already, or the path changed. The page shows where it stands now.", null, null);
        }
    }

    private void render(Context ctx, Form form, String field, String error) {
        render(ctx, form, field, error, null, null, null, null);
    }

    /**
     * The page; for target {@code askFor} (null when none) the ask failed with {@code askError}, and its
     * note shows again as the user wrote it ({@code note}, {@code subject}).
     */
    private void render(Context ctx, Form form, String field, String error, Long askFor, String askError, String note,
                        String subject) {
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
            Target t = targets.get(i);
            Action intro = intros.get(t.id());
            boolean failed = askFor != null && askFor == t.id();
            items.add(new Item(t, reports.get(i), intro, book.colleaguePaths(t),
                    intro == null ? null : askNote(t, intro, failed && note != null ? note : intro.draft(),
                            failed ? subject : null),
                    failed ? askError : null));
        }
        pages.render(ctx, "targets.jte", "Targets", "targets", new Model(items, form, field, error));
    }

    private DraftNote askNote(Target t, Action intro, String note, String subject) {
        List<Contact> to = intro.people().stream().map(p -> book.contacts().get(p.id())).toList();
        String names = String.join(" and ", to.stream().map(Contact::name).toList());
        return new DraftNote("ask-note-" + t.id(), "Your note to " + names,
                "Edit the note, copy it into your mail or messages (or send it from here), then mark it sent: only"
                        + " then does Kith log that you asked " + names + " and mark " + t.label() + " as asked.",
                "/targets/" + t.id() + "/ask", "/targets/" + t.id() + "/send", Map.of(),
                subject != null ? subject : TodayMail.subject(intro), note, mail.sendTo(to), mail.noSend(to));
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
