package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.Beside;
import dev.kith.core.Dates;
import dev.kith.core.ValidationException;
import dev.kith.settings.Settings;
import dev.kith.today.Plan;
import dev.kith.today.Today;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The Today page: the plan, and done, snooze, skip or send for each of its actions. */
final class TodayPages {
    /** A snooze from the page hides an action for a week unless the user picks a date. */
    static final int SNOOZE_DAYS = 7;

    private final Kith book;
    private final Settings settings;
    private final Pages pages;
    private final Today today;
    private final TodayMail mail;
    /**
     * Today's plan, composed on a background thread from the moment the server is created, so that
     * reading the book overlaps with the server's own start; the first Today page waits for it.
     */
    private final CompletableFuture<?> firstPlan;
    /** How long the page waits for a plan recomputed after a change before showing the last one; null: always. */
    private final Duration planWait;

    TodayPages(Kith book, Settings settings, Pages pages, Duration planWait) {
        this.book = book;
        this.planWait = planWait;
        this.settings = settings;
        this.pages = pages;
        this.today = book.today();
        this.mail = new TodayMail(book, today, settings);
        this.firstPlan = Beside.start("kith-first-plan", () -> today.plan(settings.view().planSize()));
    }

    /**
     * Today: the plan with the streak, the date a snooze defaults to, and per action the address its
     * note can be mailed to (when mail is set up) and its subject.
     */
    record TodayModel(Plan plan, LocalDate snoozeUntil, String error, Map<String, String> mailTo,
                      Map<String, String> subjects, long doneToday, boolean emptyBook) {
    }

    void register(Routes r) {
        r.get("/", this::today);
        r.post("/today/{action}/{verb}", this::todayAction);
        r.post("/today/circle", this::chooseCircle);
    }

    private void today(Context ctx) {
        renderToday(ctx, null);
    }

    private void renderToday(Context ctx, String error) {
        firstPlan.exceptionally(failure -> null).join(); // a failure shows below, where the plan is asked for again
        int size = settings.view().planSize();
        Plan plan = planWait == null ? today.plan(size) : today.planPromptly(size, planWait);
        pages.render(ctx, "today.jte", "Today", "today",
                new TodayModel(plan, book.clock().today().plusDays(SNOOZE_DAYS), error, mail.addresses(plan.actions()),
                        subjects(plan), doneToday(),
                        plan.actions().isEmpty() && book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE).isEmpty()));
    }

    /** How many of today's actions are done. */
    private long doneToday() {
        LocalDate day = book.clock().today();
        return new dev.kith.today.ActionLog(book.database(), book.id()).rows().stream()
                .filter(r -> "done".equalsIgnoreCase(r.status()) && day.equals(r.actedOn())).count();
    }

    private static String who(dev.kith.today.Action a) {
        return a.people().stream().map(dev.kith.today.Person::name).collect(java.util.stream.Collectors.joining(" and "));
    }

    private static Map<String, String> subjects(Plan plan) {
        Map<String, String> subjects = new HashMap<>();
        plan.actions().forEach(a -> subjects.put(a.id(), TodayMail.subject(a)));
        return subjects;
    }

    /** The close circle picked on the "Choose your close circle" card: the people checked go in it. */
    private void chooseCircle(Context ctx) {
        try {
            java.util.List<Long> ids = ctx.formParams("person").stream()
                    .map(p -> (long) Params.integer("person", p)).toList();
            var chosen = new dev.kith.today.FirstCircle(book.book(), book.contacts()).choose(ids);
            Toasts.say(ctx, "In your close circle now: " + chosen.stream().map(dev.kith.contacts.Contact::name)
                    .collect(java.util.stream.Collectors.joining(", ")) + ".", true);
        } catch (ValidationException e) {
            ctx.status(400);
            renderToday(ctx, Messages.field(e));
            return;
        }
        ctx.redirect("/");
    }

    /** Done (with the possibly edited draft as the note), snooze until a date, or skip; then back to Today. */
    private void todayAction(Context ctx) {
        String action = ctx.pathParam("action");
        try {
            switch (ctx.pathParam("verb")) {
                case "done" -> {
                    var a = today.done(action, ctx.formParam("note"));
                    Toasts.say(ctx, Words.action(a.kind()) + (a.people().isEmpty() ? "" : ": " + who(a))
                            + " — done, and logged on their timeline.", true);
                }
                case "snooze" -> {
                    LocalDate until = ctx.formParam("until") == null || ctx.formParam("until").isBlank()
                            ? book.clock().today().plusDays(SNOOZE_DAYS) : Dates.parse("until", ctx.formParam("until"));
                    var a = today.snooze(action, until);
                    Toasts.say(ctx, "Snoozed " + Words.lower(Words.action(a.kind())) + " until " + until + ".", true);
                }
                case "skip" -> {
                    var a = today.skip(action);
                    Toasts.say(ctx, "Skipped " + Words.lower(Words.action(a.kind())) + " for "
                            + dev.kith.today.Today.SKIP_DAYS + " days.", true);
                }
                case "send" -> {
                    mail.send(action, ctx.formParam("subject"), ctx.formParam("note"));
                    Toasts.say(ctx, "Sent, and logged on their timeline.");
                }
                default -> throw new dev.kith.core.NotFoundException("no such action: " + ctx.pathParam("verb"));
            }
        } catch (ValidationException e) {
            ctx.status(400);
            renderToday(ctx, Messages.field(e));
            return;
        } catch (HttpProblem e) {
            ctx.status(e.status());
            renderToday(ctx, e.getMessage());
            return;
        }
        ctx.redirect("/");
    }
}
