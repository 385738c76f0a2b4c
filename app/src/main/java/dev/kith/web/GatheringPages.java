package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.Coded;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.events.AttendanceRole;
import dev.kith.events.Capture;
import dev.kith.events.Encounter;
import dev.kith.events.Event;
import dev.kith.events.NewEvent;
import dev.kith.events.Prep;
import dev.kith.goals.Goal;
import dev.kith.goals.GoalClosing;
import dev.kith.goals.GoalReport;
import dev.kith.groups.Group;
import dev.kith.groups.GroupKind;
import dev.kith.groups.Member;
import dev.kith.groups.MemberRole;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Events, Groups and Goals pages: lists with an add form, an event's page with its preparation,
 * follow-ups and a quick "met someone" form, a group's members with a join form, and a goal's report
 * with outcome and link forms. A failed form shows the page again (400) with the message by the form.
 */
final class GatheringPages {
    /** An event follow-up older than this many days has no Today action to look for (see the follow-up kind). */
    static final int FOLLOW_UP_DAYS = 7;

    private final Kith book;
    private final Pages pages;
    private final TodayMail mail;

    GatheringPages(Kith book, dev.kith.settings.Settings settings, Pages pages) {
        this.book = book;
        this.pages = pages;
        this.mail = new TodayMail(book, book.today(), settings);
    }

    /** A form's failure: which form, which field, and why; {@code values} are what was typed. */
    record Problem(String form, String field, String message, Map<String, String> values) {
        static final Problem NONE = new Problem("", "", null, Map.of());

        String messageFor(String f) {
            return form.equals(f) ? message : null;
        }

        String value(String f, String name) {
            return form.equals(f) ? values.getOrDefault(name, "") : "";
        }
    }

    record EventsModel(List<Event> events, List<Group> groups, List<Goal> goals, java.time.LocalDate today,
                       Problem problem) {
    }

    record EventModel(Event event, Prep prep, List<Encounter> met, java.time.LocalDate today, Problem problem,
                      List<FollowUp> followups) {
    }

    /**
     * Someone met at an event, with Today's follow-up for them when there is one open ({@code action},
     * else null), the address its note can be mailed to (null when mail is not set up or they have
     * none), and its subject.
     */
    record FollowUp(Encounter met, dev.kith.today.Action action, String mailTo, String subject) {
    }

    record GroupsModel(List<Group> groups, Problem problem) {
    }

    record GroupModel(Group group, List<Member> members, List<Event> upcoming, Problem problem) {
    }

    record GoalsModel(List<GoalReport> reports, double maxHours, Problem problem) {
        /** The goals still pursued (not closed), oldest first. */
        List<GoalReport> open() {
            return reports.stream().filter(r -> !r.goal().closed()).toList();
        }

        /** The closed goals, most recently closed first. */
        List<GoalReport> closed() {
            return reports.stream().filter(r -> r.goal().closed())
                    .sorted(java.util.Comparator.comparing((GoalReport r) -> r.goal().closedOn()).reversed()).toList();
        }

        /** A bar's width in percent of the longest. */
        int width(double hours) {
            return maxHours <= 0 ? 0 : (int) Math.round(100 * hours / maxHours);
        }
    }

    record GoalModel(GoalReport report, Problem problem) {
    }

    void register(Routes r) {
        r.get("/events", ctx -> events(ctx, Problem.NONE));
        r.post("/events", ctx -> form(ctx, "event", c -> {
            String group = Text.blankToNull(c.formParam("group"));
            String goal = Text.blankToNull(c.formParam("goal"));
            Event e = book.atomically(() -> {
                Event added = book.events().add(new NewEvent(c.formParam("name"),
                        Params.dateOr("start", c.formParam("start"), null), Params.dateOr("end", c.formParam("end"), null),
                        c.formParam("series"), c.formParam("location"),
                        group == null ? null : (long) Params.integer("group", group)));
                if (goal != null) {
                    book.goals().linkEvents(Params.integer("goal", goal), List.of(added.id()));
                }
                return added;
            });
            c.redirect("/events/" + e.id());
        }, this::events));
        r.get("/events/{id}", ctx -> event(ctx, Problem.NONE));
        r.post("/events/{id}/met", ctx -> form(ctx, "met", c -> {
            long id = book.events().get(Params.id(c, "id")).id();
            book.events().met(id, new Capture(c.formParam("name"), c.formParam("email"), c.formParam("organization"),
                    c.formParam("title"), c.formParam("note")));
            c.redirect("/events/" + id + "#followups");
        }, this::event));
        r.post("/events/{id}/followups/{action}/{verb}", ctx -> form(ctx, "followup", this::followUp, this::event));
        r.post("/events/{id}/followups", ctx -> form(ctx, "followup", this::logFollowUp, this::event));
        r.post("/events/{id}/attend", ctx -> form(ctx, "attend", c -> {
            long id = book.events().get(Params.id(c, "id")).id();
            AttendanceRole role = AttendanceRole.parse("role", orDefault(c.formParam("role"), "attendee"));
            String who = Text.blankToNull(c.formParam("person"));
            if (who == null) {
                book.events().attendMe(id, role);
            } else {
                book.events().attend(id, List.of(People.pick(book, c, "person").id()), role, "on".equals(c.formParam("first-timer")),
                        "on".equals(c.formParam("alone")));
            }
            c.redirect("/events/" + id);
        }, this::event));
        r.get("/groups", ctx -> groups(ctx, Problem.NONE));
        r.post("/groups", ctx -> form(ctx, "group", c -> {
            Group g = book.groups().add(c.formParam("name"), GroupKind.parse("kind", orDefault(c.formParam("kind"), "")));
            c.redirect("/groups/" + g.id());
        }, this::groups));
        r.get("/groups/{id}", ctx -> group(ctx, Problem.NONE));
        r.post("/groups/{id}/members", ctx -> form(ctx, "join", c -> {
            long id = book.groups().get(Params.id(c, "id")).id();
            book.groups().join(id, People.pick(book, c, "person").id(),
                    MemberRole.parse("role", orDefault(c.formParam("role"), "member")),
                    Params.dateOr("since", c.formParam("since"), null));
            c.redirect("/groups/" + id);
        }, this::group));
        r.get("/goals", ctx -> goals(ctx, Problem.NONE));
        r.post("/goals", ctx -> form(ctx, "goal", c -> {
            String keywords = c.formParam("keywords");
            Goal g = book.goals().add(c.formParam("title"), keywords == null ? List.of() : Arrays.asList(keywords.split(",")),
                    Params.dateOr("due", c.formParam("due"), null));
            c.redirect("/goals/" + g.id());
        }, this::goals));
        r.get("/goals/{id}", ctx -> goal(ctx, Problem.NONE));
        r.post("/goals/{id}/outcomes", ctx -> form(ctx, "outcome", c -> {
            long id = book.goals().get(Params.id(c, "id")).id();
            book.goals().outcome(id, c.formParam("text"), Params.dateOr("date", c.formParam("date"), null));
            c.redirect("/goals/" + id);
        }, this::goal));
        r.post("/goals/{id}/interactions", ctx -> form(ctx, "time", c -> {
            long id = book.goals().get(Params.id(c, "id")).id();
            book.atomically(() -> {
                Interaction i = book.interactions().log(Interaction.draft(
                        Params.dateOr("date", c.formParam("date"), book.clock().today()),
                        InteractionKind.parse("kind", orDefault(c.formParam("kind"), "")), Initiator.ME,
                        Params.optionalInteger("minutes", c.formParam("minutes")), c.formParam("summary"),
                        Coded.parse(Exchange.class, "exchange", orDefault(c.formParam("exchange"), "neutral")), false,
                        List.of(People.pick(book, c, "person").id())));
                book.goals().linkInteractions(id, List.of(i.id()));
                return i;
            });
            c.redirect("/goals/" + id);
        }, this::goal));
        r.post("/goals/{id}/close", ctx -> form(ctx, "close", c -> {
            long id = book.goals().get(Params.id(c, "id")).id();
            Goal g = book.journal().record("closed the goal " + book.goals().get(id).title(),
                    dev.kith.journal.Scope.none().andTable("goals"),
                    () -> book.goals().close(id, GoalClosing.parse("as", orDefault(c.formParam("as"), "achieved")),
                            c.formParam("note")));
            Toasts.say(c, "Closed “" + g.title() + "” as " + g.closedAs().code() + ". It no longer shapes Today.", true);
            c.redirect("/goals/" + id);
        }, this::goal));
        r.post("/goals/{id}/reopen", ctx -> form(ctx, "close", c -> {
            long id = book.goals().get(Params.id(c, "id")).id();
            Goal g = book.goals().reopen(id);
            Toasts.say(c, "Reopened “" + g.title() + "”.");
            c.redirect("/goals/" + id);
        }, this::goal));
        r.post("/goals/{id}/contacts", ctx -> form(ctx, "link", c -> {
            long id = book.goals().get(Params.id(c, "id")).id();
            book.goals().linkContacts(id, List.of(People.pick(book, c, "person").id()));
            c.redirect("/goals/" + id);
        }, this::goal));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Runs a form; on a validation failure shows {@code page} again with status 400 and the message. */
    private void form(Context ctx, String form, Consumer<Context> action, BiConsumer<Context, Problem> page) {
        try {
            action.accept(ctx);
        } catch (ValidationException e) {
            ctx.status(400);
            page.accept(ctx, new Problem(form, e.field(), e.reason(),
                    ctx.formParamMap().entrySet().stream().filter(en -> !en.getValue().isEmpty())
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, en -> en.getValue().getFirst()))));
        }
    }

    private void events(Context ctx, Problem problem) {
        pages.render(ctx, "events.jte", "Events", "events",
                new EventsModel(book.events().list(), book.groups().list(), book.goals().list(), book.clock().today(),
                        problem));
    }

    private void event(Context ctx, Problem problem) {
        Event e = book.events().get(Params.id(ctx, "id"));
        List<Encounter> met = book.events().followups(e.id());
        pages.render(ctx, "event.jte", e.name(), "events", new EventModel(e, book.events().prep(e.id()),
                met, book.clock().today(), problem, followups(met)));
    }

    /**
     * Who was met at the event, each with Today's follow-up when it is open: only those met one to
     * {@value #FOLLOW_UP_DAYS} days ago and not followed up yet can have one.
     */
    private List<FollowUp> followups(List<Encounter> met) {
        java.time.LocalDate today = book.clock().today();
        Map<Encounter, String> ids = new java.util.LinkedHashMap<>();
        for (Encounter m : met) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(m.metOn(), today);
            if (!m.followedUp() && days >= 1 && days <= FOLLOW_UP_DAYS) {
                ids.put(m, "follow-up:" + m.contactId() + ":" + m.metOn());
            }
        }
        Map<String, dev.kith.today.Action> open = ids.isEmpty() ? Map.of() : book.today().openAmong(ids.values());
        List<dev.kith.today.Action> shown = new java.util.ArrayList<>();
        List<FollowUp> out = new java.util.ArrayList<>();
        for (Encounter m : met) {
            String id = ids.get(m);
            dev.kith.today.Action a = id == null ? null : open.get(id);
            if (a != null && a.ref() != m.interactionId() && a.carried().stream().noneMatch(c -> c.ref() == m.interactionId())) {
                a = null; // a later meeting with them is what Today follows up
            }
            if (a != null) {
                shown.add(a);
            }
            out.add(new FollowUp(m, a, null, a == null ? null : TodayMail.subject(a)));
        }
        Map<String, String> to = shown.isEmpty() ? Map.of() : mail.addresses(shown);
        return out.stream().map(f -> f.action() == null ? f
                : new FollowUp(f.met(), f.action(), to.get(f.action().id()), f.subject())).toList();
    }

    /** Done or Send on an event's follow-up: the same as on Today, then back to the event. */
    private void followUp(Context ctx) {
        long id = book.events().get(Params.id(ctx, "id")).id();
        String action = ctx.pathParam("action");
        try {
            switch (ctx.pathParam("verb")) {
                case "done" -> {
                    var a = book.today().done(action, ctx.formParam("note"));
                    Toasts.say(ctx, "Followed up with " + names(a) + ", and logged it on their timeline.", true);
                }
                case "send" -> {
                    var a = mail.send(action, ctx.formParam("subject"), ctx.formParam("note"));
                    Toasts.say(ctx, "Sent to " + names(a) + ", and logged it on their timeline.");
                }
                default -> throw new dev.kith.core.NotFoundException("no such action: " + ctx.pathParam("verb"));
            }
        } catch (HttpProblem e) {
            throw new ValidationException("note", e.getMessage());
        }
        ctx.redirect("/events/" + id + "#followups");
    }

    /** Logs that I followed up with someone met at the event, another way than Today's note (a call, a message). */
    private void logFollowUp(Context ctx) {
        Event e = book.events().get(Params.id(ctx, "id"));
        String who = ctx.formParam("contact");
        long contact = Params.integer("contact", who == null ? "" : who);
        if (book.events().followups(e.id()).stream().noneMatch(m -> m.contactId() == contact)) {
            throw new ValidationException("contact", "that person was not met at this event");
        }
        var person = book.contacts().get(contact);
        InteractionKind kind = InteractionKind.parse("kind", orDefault(ctx.formParam("kind"), "email"));
        String note = Text.blankToNull(ctx.formParam("note"));
        book.journal().record("logged a follow-up with " + person.name(), dev.kith.journal.Scope.contacts(contact),
                () -> book.interactions().log(Interaction.draft(book.clock().today(), kind, Initiator.ME, null,
                        note == null ? "Followed up after " + e.name() : note, Exchange.NEUTRAL, false, List.of(contact))));
        Toasts.say(ctx, "Logged " + Words.lower(Words.of(kind)) + " with " + person.name() + " as your follow-up.", true);
        ctx.redirect("/events/" + e.id() + "#followups");
    }

    private static String names(dev.kith.today.Action a) {
        return String.join(" and ", a.people().stream().map(dev.kith.today.Person::name).toList());
    }

    private void groups(Context ctx, Problem problem) {
        pages.render(ctx, "groups.jte", "Groups", "groups", new GroupsModel(book.groups().list(), problem));
    }

    private void group(Context ctx, Problem problem) {
        Group g = book.groups().get(Params.id(ctx, "id"));
        pages.render(ctx, "group.jte", g.name(), "groups", new GroupModel(g, book.groups().members(g.id()),
                book.events().ofGroup(g.id(), book.clock().today()), problem));
    }

    private void goals(Context ctx, Problem problem) {
        List<GoalReport> reports = book.goals().report();
        double max = reports.stream().mapToDouble(GoalReport::hours).max().orElse(0);
        pages.render(ctx, "goals.jte", "Goals", "goals", new GoalsModel(reports, max, problem));
    }

    private void goal(Context ctx, Problem problem) {
        GoalReport report = book.goals().report(Params.id(ctx, "id"));
        pages.render(ctx, "goal.jte", report.goal().title(), "goals", new GoalModel(report, problem));
    }
}
