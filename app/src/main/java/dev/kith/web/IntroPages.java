package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.intros.Intro;
import dev.kith.intros.IntroState;
import dev.kith.intros.Intros;
import dev.kith.intros.Suggestion;
import dev.kith.intros.Suggestions;
import dev.kith.journal.Scope;
import dev.kith.settings.Settings;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The introductions page: suggestions, then the double opt-in step by step, each step drafts first.
 * Choosing two people shows the note asking the first one; when they agree, the note asking the
 * second; when both agreed, the introduction to both; when one declines, a thank-you. Each note is
 * editable, with Copy and (when mail is set up) Send, and the step is recorded only on "Mark sent"
 * (or once sent), in the journal so that the toast's Undo takes it back.
 */
final class IntroPages {
    private final Kith book;
    private final Pages pages;
    private final DraftMail mail;

    IntroPages(Kith book, Settings settings, Pages pages) {
        this.book = book;
        this.pages = pages;
        this.mail = new DraftMail(book, settings);
    }

    /** What the "introduce two people" form held, to show it again with an error. */
    record Form(String a, String b, String why) {
        static final Form EMPTY = new Form("", "", "");
    }

    /** The page: suggestions, open and past introductions, a refused step's error, and the note being written (null when none). */
    record Model(List<Suggestion> suggestions, List<Intro> open, List<Intro> past, String error, Form form,
                 DraftNote draft) {
    }

    void register(Routes r) {
        r.get("/intros", ctx -> render(ctx, Form.EMPTY, null, null));
        r.post("/intros/draft", this::draftStart);
        r.post("/intros", ctx -> start(ctx, false));
        r.post("/intros/send", ctx -> start(ctx, true));
        r.post("/intros/{id}/draft", this::draftNext);
        r.post("/intros/{id}/advance", ctx -> advance(ctx, false));
        r.post("/intros/{id}/send", ctx -> advance(ctx, true));
    }

    private void render(Context ctx, Form form, String error, DraftNote draft) {
        List<Intro> all = book.intros().all();
        var suggestions = Suggestions.suggest(book.book(), book.intros(), 10);
        pages.render(ctx, "intros.jte", "Introductions", "intros", new Model(suggestions,
                all.stream().filter(i -> i.state().open()).toList(),
                all.stream().filter(i -> !i.state().open()).toList(), error, form, draft));
    }

    private static Form form(Context ctx) {
        return new Form(value(ctx, "a"), value(ctx, "b"), value(ctx, "why"));
    }

    private static String value(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v;
    }

    /** Two people chosen: the note asking the first, editable; nothing is recorded. */
    private void draftStart(Context ctx) {
        Form form = form(ctx);
        try {
            Contact a = People.pick(book, ctx, "a");
            Contact b = People.pick(book, ctx, "b");
            Intros.Draft d = book.intros().draftStart(a, b, ctx.formParam("why"));
            render(ctx, form, null, startNote(a, b, d.why(), d.note(), null));
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, form, Messages.field(e), null);
        }
    }

    private DraftNote startNote(Contact a, Contact b, String why, String note, String subject) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("a", a.name());
        fields.put("a-id", Long.toString(a.id()));
        fields.put("b", b.name());
        fields.put("b-id", Long.toString(b.id()));
        fields.put("why", why == null ? "" : why);
        List<Contact> to = List.of(a);
        return new DraftNote("intro-note", "Your note to " + a.name(),
                "Ask " + a.name() + " first whether they would like to meet " + b.name() + ". Edit the note, copy it"
                        + " into your mail or messages (or send it from here), then mark it sent: only then does Kith"
                        + " record that you asked. When " + first(a) + " agrees, Kith drafts the note to " + b.name() + ".",
                "/intros", "/intros/send", fields,
                subject != null ? subject : "Would you like to meet " + b.name() + "?", note,
                mail.sendTo(to), mail.noSend(to));
    }

    /** Mark sent (or Send) of the first note: starts the introduction with the note as sent. */
    private void start(Context ctx, boolean send) {
        Contact a = null;
        Contact b = null;
        String why = ctx.formParam("why");
        String note = ctx.formParam("note");
        try {
            a = People.pick(book, ctx, "a");
            b = People.pick(book, ctx, "b");
            Contact first = a;
            Contact second = b;
            String what = "asked " + a.name() + " whether they would like to meet " + b.name();
            Supplier<Intro> record = () -> book.journal().record(what, Scope.contacts(first.id(), second.id()),
                    () -> book.intros().start(first, second, why, note));
            Intro started = send ? mail.send(List.of(a), ctx.formParam("subject"), note, record) : record.get();
            say(ctx, send, what, List.of(a));
            ctx.redirect("/intros#intro-" + started.id());
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, form(ctx), Messages.field(e), a == null || b == null ? null
                    : startNote(a, b, why, note, ctx.formParam("subject")));
        } catch (HttpProblem e) {
            ctx.status(e.status());
            render(ctx, form(ctx), Messages.sentence(e.field(), e.getMessage()),
                    startNote(a, b, why, note, ctx.formParam("subject")));
        }
    }

    /** The toast after a step: Undo when only recorded; a sent note cannot be unsent, so no Undo then. */
    private static void say(Context ctx, boolean sent, String what, List<Contact> to) {
        if (sent) {
            Toasts.say(ctx, "Sent to " + String.join(" and ", to.stream().map(Contact::name).toList()) + ". "
                    + UndoApi.sentence(what));
        } else {
            Toasts.say(ctx, UndoApi.sentence(what), true);
        }
    }

    /** An answer came (agreed or declined): the next note, editable; nothing is recorded. */
    private void draftNext(Context ctx) {
        long id = Params.id(ctx, "id");
        try {
            Intro intro = book.intros().get(id);
            Intros.Draft d = book.intros().draftNext(id, declined(ctx));
            render(ctx, Form.EMPTY, null, nextNote(intro, d, d.note(), null));
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, Form.EMPTY, Messages.field(e), null);
        }
    }

    private static boolean declined(Context ctx) {
        return "declined".equals(ctx.formParam("answer"));
    }

    private DraftNote nextNote(Intro i, Intros.Draft d, String note, String subject) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("answer", d.step().equals("declined") ? "declined" : "agreed");
        fields.put("step", d.step());
        String id = Long.toString(i.id());
        String heading;
        String explain;
        String title;
        switch (d.step()) {
            case "asked-b" -> {
                heading = i.aName() + " agreed — your note to " + i.bName();
                explain = "Now ask " + i.bName() + ". When you mark it sent, Kith records that " + i.aName()
                        + " agreed and that you asked " + i.bName() + ".";
                title = "Would you like to meet " + i.aName() + "?";
            }
            case "made" -> {
                heading = "Both agreed — introduce them";
                explain = "One note to " + i.aName() + " and " + i.bName() + ". When you mark it sent, Kith records"
                        + " the introduction, notes that they know each other, and logs it as something you gave.";
                title = "Introducing " + i.aName() + " and " + i.bName();
            }
            default -> {
                String who = d.to().getFirst().name();
                heading = who + " declined — a thank-you";
                explain = "Thank " + who + " for letting you know. When you mark it sent, Kith records that " + who
                        + " declined and the introduction ends there.";
                title = "Thanks for letting me know";
            }
        }
        return new DraftNote("intro-note", heading, explain, "/intros/" + id + "/advance", "/intros/" + id + "/send",
                fields, subject != null ? subject : title, note, mail.sendTo(d.to()), mail.noSend(d.to()));
    }

    /** Mark sent (or Send) of a later note, or closing a made introduction with how it went. */
    private void advance(Context ctx, boolean send) {
        long id = Params.id(ctx, "id");
        String outcome = ctx.formParam("outcome");
        if (!send && outcome != null) {
            close(ctx, id, outcome);
            return;
        }
        String note = ctx.formParam("note");
        Intro intro = null;
        Intros.Draft d = null;
        try {
            intro = book.intros().get(id);
            boolean declined = declined(ctx);
            d = book.intros().draftNext(id, declined);
            String step = ctx.formParam("step");
            if (step != null && !step.equals(d.step())) {
                throw new ValidationException("state", "this introduction moved on since the note was written;"
                        + " look at where it stands below");
            }
            Intro was = intro;
            String what = switch (d.step()) {
                case "asked-b" -> intro.aName() + " agreed; asked " + intro.bName() + " whether they would like to meet "
                        + intro.aName();
                case "made" -> "introduced " + intro.aName() + " and " + intro.bName();
                default -> "noted that " + d.to().getFirst().name() + " declined";
            };
            Supplier<Intro> record = () -> book.journal().record(what, Scope.contacts(was.aId(), was.bId()),
                    () -> book.intros().advance(id, declined, null, note));
            if (send) {
                mail.send(d.to(), ctx.formParam("subject"), note, record);
            } else {
                record.get();
            }
            say(ctx, send, what, d.to());
            ctx.redirect(d.step().equals("declined") ? "/intros#past" : "/intros#intro-" + id);
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, Form.EMPTY, Messages.field(e), d == null ? null : nextNote(intro, d, note, ctx.formParam("subject")));
        } catch (HttpProblem e) {
            ctx.status(e.status());
            render(ctx, Form.EMPTY, Messages.sentence(e.field(), e.getMessage()),
                    d == null ? null : nextNote(intro, d, note, ctx.formParam("subject")));
        }
    }

    /** A made introduction closes with how it went (a note to self, so no draft). */
    private void close(Context ctx, long id, String outcome) {
        try {
            Intro intro = book.intros().get(id);
            if (intro.state() != IntroState.MADE) {
                throw new ValidationException("state", "only an introduction you made closes with how it went");
            }
            if (Text.blankToNull(outcome) == null) {
                throw new ValidationException("outcome", "say how it went to close the introduction");
            }
            String what = "closed the introduction of " + intro.aName() + " and " + intro.bName();
            book.journal().record(what, Scope.contacts(intro.aId(), intro.bId()),
                    () -> book.intros().advance(id, false, outcome));
            Toasts.say(ctx, UndoApi.sentence(what), true);
            ctx.redirect("/intros#past");
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, Form.EMPTY, Messages.field(e), null);
        }
    }

    private static String first(Contact c) {
        return c.givenName() != null ? c.givenName() : c.name().split(" ")[0];
    }
}
