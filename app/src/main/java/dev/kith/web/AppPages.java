package dev.kith.web;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.core.Beside;
import dev.kith.core.Dates;
import dev.kith.core.ValidationException;
import dev.kith.settings.Settings;
import dev.kith.settings.SettingsForm;
import dev.kith.today.Plan;
import dev.kith.today.Today;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Today, Network, Settings and Import: the pages beyond the contacts themselves. */
final class AppPages {
    /** A snooze from the page hides an action for a week unless the user picks a date. */
    static final int SNOOZE_DAYS = 7;

    private final Book book;
    private final Settings settings;
    private final Pages pages;
    private final Today today;
    private final TodayMail mail;
    private final ImportPort importer;
    private final PendingImport pending = new PendingImport();
    /**
     * Today's plan, composed on a background thread from the moment the server is created, so that
     * reading the book overlaps with the server's own start; the first Today page waits for it.
     */
    private final CompletableFuture<?> firstPlan;

    AppPages(Book book, Settings settings, Pages pages, WebOptions options) {
        this.book = book;
        this.settings = settings;
        this.pages = pages;
        this.today = new Today(book);
        this.mail = new TodayMail(book, today, settings);
        this.importer = new FileImporter(book);
        this.firstPlan = Beside.start("kith-first-plan", () -> today.plan(settings.view().planSize()));
    }

    /**
     * Today: the plan with the streak, the date a snooze defaults to, and per action the address its
     * note can be mailed to (when mail is set up) and its subject.
     */
    record TodayModel(Plan plan, LocalDate snoozeUntil, String error, Map<String, String> mailTo,
                      Map<String, String> subjects) {
    }

    /** Settings as stored, the circles to set cadences for, and the outcome of the last save. */
    record SettingsModel(Settings.View view, List<Circle> circles, String calendarUrl, String mailFile, String error,
                         String errorField, boolean saved) {
    }

    /** Import: whether an importer is wired in, and the dry-run or applied summary to show. */
    record ImportModel(boolean available, String uploadId, String fileName, ImportPort.Summary summary,
                       boolean applied, String error) {
    }

    void register(RoutesConfig r) {
        r.get("/", this::today);
        r.post("/today/{action}/{verb}", this::todayAction);
        r.get("/network", ctx -> pages.render(ctx, "network.jte", "Network", "network",
                NetworkPage.of(book, ctx.queryParam("path"))));
        r.get("/calendar.ics", this::calendar);
        r.get("/settings", ctx -> settingsPage(ctx, null, null, ctx.queryParam("saved") != null));
        r.post("/settings", this::saveSettings);
        r.post("/settings/calendar-token", ctx -> {
            settings.newCalendarToken();
            ctx.redirect("/settings?saved");
        });
        r.get("/import", ctx -> importPage(ctx, null, null, null, false, null));
        r.post("/import", this::dryRun);
        r.post("/import/apply", this::applyImport);
    }

    private void today(Context ctx) {
        renderToday(ctx, null);
    }

    private void renderToday(Context ctx, String error) {
        firstPlan.exceptionally(failure -> null).join(); // a failure shows below, where the plan is asked for again
        Plan plan = today.plan(settings.view().planSize());
        pages.render(ctx, "today.jte", "Today", "today",
                new TodayModel(plan, book.clock().today().plusDays(SNOOZE_DAYS), error, mail.addresses(plan.actions()),
                        subjects(plan)));
    }

    private static Map<String, String> subjects(Plan plan) {
        Map<String, String> subjects = new HashMap<>();
        plan.actions().forEach(a -> subjects.put(a.id(), TodayMail.subject(a)));
        return subjects;
    }

    /** Done (with the possibly edited draft as the note), snooze until a date, or skip; then back to Today. */
    private void todayAction(Context ctx) {
        String action = ctx.pathParam("action");
        try {
            switch (ctx.pathParam("verb")) {
                case "done" -> today.done(action, ctx.formParam("note"));
                case "snooze" -> today.snooze(action, ctx.formParam("until") == null || ctx.formParam("until").isBlank()
                        ? book.clock().today().plusDays(SNOOZE_DAYS) : Dates.parse("until", ctx.formParam("until")));
                case "skip" -> today.skip(action);
                case "send" -> mail.send(action, ctx.formParam("subject"), ctx.formParam("note"));
                default -> throw new dev.kith.core.NotFoundException("no such action: " + ctx.pathParam("verb"));
            }
        } catch (ValidationException e) {
            ctx.status(400);
            renderToday(ctx, e.getMessage());
            return;
        } catch (HttpProblem e) {
            ctx.status(e.status());
            renderToday(ctx, e.getMessage());
            return;
        }
        ctx.redirect("/");
    }

    /**
     * The iCalendar feed calendar apps subscribe to: planned meetings and open tasks. The token from
     * Settings is the only credential, compared in constant time; a wrong or old one is a 403.
     */
    private void calendar(Context ctx) {
        String given = ctx.queryParam("token");
        String expected = settings.view().calendarToken();
        if (given == null || expected == null || !java.security.MessageDigest.isEqual(
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new HttpProblem(403, "token", "this calendar address is not valid; copy the current one from Settings");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        dev.kith.io.calendar.CalendarFeed.write(book, out);
        ctx.contentType("text/calendar; charset=utf-8").header("Cache-Control", "no-store").result(out.toByteArray());
    }

    private void settingsPage(Context ctx, String error, String field, boolean saved) {
        String token = settings.calendarToken();
        String url = ctx.scheme() + "://" + ctx.host() + "/calendar.ics?token=" + token;
        pages.render(ctx, "settings.jte", "Settings", "settings",
                new SettingsModel(settings.view(), List.of(Circle.values()), url, settings.mailFile().toString(), error, field,
                        saved));
    }

    private void saveSettings(Context ctx) {
        Map<String, String> input = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!k.equals(Guard.TOKEN_FIELD) && !v.isEmpty()) {
                input.put(k, v.getLast());
            }
        });
        try {
            SettingsForm.apply(settings, input);
        } catch (ValidationException e) {
            ctx.status(400);
            settingsPage(ctx, e.getMessage().substring(e.field().length() + 2), e.field(), false);
            return;
        }
        ctx.redirect("/settings?saved");
    }

    private void dryRun(Context ctx) {
        if (importer == null) {
            importPage(ctx, null, null, null, false, null);
            return;
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            importPage(ctx, null, null, null, false, "choose a file to import");
            return;
        }
        byte[] content = file.contentAndClose(in -> {
            try {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            ImportPort.Summary summary = importer.dryRun(file.filename(), content);
            String id = pending.hold(file.filename(), content);
            importPage(ctx, id, file.filename(), summary, false, null);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, file.filename(), null, false, e.getMessage());
        }
    }

    private void applyImport(Context ctx) {
        if (importer == null) {
            importPage(ctx, null, null, null, false, null);
            return;
        }
        PendingImport.Upload upload = pending.take(ctx.formParam("upload"));
        if (upload == null) {
            ctx.status(400);
            importPage(ctx, null, null, null, false, "that upload has expired; choose the file again");
            return;
        }
        try {
            importPage(ctx, null, upload.fileName(), importer.apply(upload.fileName(), upload.content()), true, null);
        } catch (ValidationException e) {
            ctx.status(400);
            importPage(ctx, null, upload.fileName(), null, false, e.getMessage());
        }
    }

    private void importPage(Context ctx, String id, String fileName, ImportPort.Summary summary, boolean applied,
                            String error) {
        pages.render(ctx, "import.jte", "Import", "import",
                new ImportModel(importer != null, id, fileName, summary, applied, error));
    }
}
