package dev.kith.web;

import dev.kith.settings.Settings;
import dev.kith.settings.SettingsForm;
import dev.kith.core.Dates;
import dev.kith.today.Today;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.Coded;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.tasks.TaskStatus;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;

/** The REST API under {@code /api/v1}; every route is described in {@code /api/openapi.json}. */
final class ApiRoutes {
    static final String V1 = "/api/v1";

    private final Kith book;
    private final Settings settings;
    private final Today today;
    private final TodayMail mail;
    private final boolean team;

    ApiRoutes(Kith book, Settings settings, boolean team) {
        this.book = book;
        this.team = team;
        this.settings = settings;
        this.today = book.today();
        this.mail = new TodayMail(book, today, settings);
    }

    void register(Routes r) {
        r.get(V1 + "/contacts", this::listContacts);
        r.post(V1 + "/contacts", this::createContact);
        r.get(V1 + "/contacts/{id}", ctx -> ctx.json(details(Params.id(ctx, "id"))));
        r.patch(V1 + "/contacts/{id}", this::patchContact);
        r.post(V1 + "/contacts/{id}/archive", this::archiveContact);
        r.get(V1 + "/contacts/{id}/interactions", ctx -> ctx.json(
                book.interactions().withContact(existing(ctx).id(), Integer.MAX_VALUE)));
        r.get(V1 + "/contacts/{id}/milestones", ctx -> ctx.json(book.milestones().ofContact(existing(ctx).id())));
        r.get(V1 + "/contacts/{id}/ties", ctx -> ctx.json(details(existing(ctx).id()).ties()));
        r.get(V1 + "/contacts/{id}/tasks", ctx -> ctx.json(book.tasks().ofContact(existing(ctx).id())));
        r.post(V1 + "/interactions", this::logInteraction);
        r.get(V1 + "/interactions/{id}", ctx -> ctx.json(book.interactions().get(Params.id(ctx, "id"))));
        r.post(V1 + "/milestones", this::addMilestone);
        r.get(V1 + "/ties", ctx -> ctx.json(book.ties().all()));
        r.post(V1 + "/ties", this::addTie);
        r.get(V1 + "/tasks", this::openTasks);
        r.post(V1 + "/tasks", this::addTask);
        r.patch(V1 + "/tasks/{id}", this::changeTask);
        r.get(V1 + "/search", this::search);
        r.get(V1 + "/network", ctx -> ctx.json(NetworkGraph.of(book, intParam(ctx, "limit",
                NetworkGraph.DEFAULT_LIMIT))));
        r.get(V1 + "/settings", ctx -> ctx.json(settings.view()));
        r.patch(V1 + "/settings", this::patchSettings);
        r.get(V1 + "/today", ctx -> ctx.json(plan(ctx)));
        r.post(V1 + "/today/{action}/done", ctx -> todayAction(ctx, "done"));
        r.post(V1 + "/today/{action}/snooze", ctx -> todayAction(ctx, "snooze"));
        r.post(V1 + "/today/{action}/skip", ctx -> todayAction(ctx, "skip"));
        r.post(V1 + "/today/{action}/send", ctx -> todayAction(ctx, "send"));
        new GatheringsApi(book).register(r);
        new TargetApi(book).register(r);
        new GivingApi(book).register(r);
        new UndoApi(book).register(r);
    }

    private void listContacts(Context ctx) {
        ContactQuery.Result result = ContactQuery.from(ctx::queryParam).run(book);
        ctx.json(new ContactsPage(result.total(), result.rows()));
    }

    private void createContact(Context ctx) {
        ApiRequests.NewContact body = body(ctx, ApiRequests.NewContact.class);
        Contact c = book.contacts().add(body.toDraft());
        ctx.status(201).header("Location", V1 + "/contacts/" + c.id()).json(details(c.id()));
    }

    private void patchContact(Context ctx) {
        long id = existing(ctx).id();
        book.contacts().edit(id, body(ctx, ApiRequests.ContactChanges.class).toPatch());
        ctx.json(details(id));
    }

    private void archiveContact(Context ctx) {
        long id = existing(ctx).id();
        String raw = ctx.body();
        boolean archived = raw.isBlank() || !Boolean.FALSE.equals(body(ctx, ApiRequests.Archive.class).archived());
        book.contacts().archive(id, archived);
        ctx.json(details(id));
    }

    private void logInteraction(Context ctx) {
        ApiRequests.NewInteraction b = body(ctx, ApiRequests.NewInteraction.class);
        Interaction stored = book.interactions().log(Interaction.draft(
                b.date() == null ? book.clock().today() : b.date(),
                InteractionKind.parse("kind", ApiRequests.required("kind", b.kind())),
                b.initiator() == null ? Initiator.ME : Coded.parse(Initiator.class, "initiator", b.initiator()),
                b.minutes(), b.summary(),
                b.exchange() == null ? Exchange.NEUTRAL : Coded.parse(Exchange.class, "exchange", b.exchange()),
                Boolean.TRUE.equals(b.awaitingReply()), ApiRequests.required("people", b.people())));
        ctx.status(201).header("Location", V1 + "/interactions/" + stored.id()).json(stored);
    }

    private void addMilestone(Context ctx) {
        ApiRequests.NewMilestone b = body(ctx, ApiRequests.NewMilestone.class);
        ctx.status(201).json(book.milestones().add(b.contact(),
                MilestoneKind.parse("kind", ApiRequests.required("kind", b.kind())),
                b.date() == null ? book.clock().today() : b.date(), b.text()));
    }

    private void addTie(Context ctx) {
        ApiRequests.NewTie b = body(ctx, ApiRequests.NewTie.class);
        ctx.status(201).json(Conflicts.tie(() -> book.ties().add(ApiRequests.required("fromId", b.fromId()),
                ApiRequests.required("toId", b.toId()), TieKind.parse("kind", ApiRequests.required("kind", b.kind())),
                b.since(), TieSource.MANUAL)));
    }

    private void openTasks(Context ctx) {
        String by = ctx.queryParam("dueBy");
        ctx.json(book.tasks().openDueBy(Params.dateOr("dueBy", by, LocalDate.of(9999, 12, 31))));
    }

    private void addTask(Context ctx) {
        ApiRequests.NewTask b = body(ctx, ApiRequests.NewTask.class);
        ctx.status(201).json(book.tasks().add(ApiRequests.required("contactId", b.contactId()), b.kind(),
                ApiRequests.required("due", b.due()), b.note()));
    }

    private void changeTask(Context ctx) {
        ApiRequests.TaskChange b = body(ctx, ApiRequests.TaskChange.class);
        ctx.json(book.tasks().setStatus(Params.id(ctx, "id"),
                Coded.parse(TaskStatus.class, "status", ApiRequests.required("status", b.status()))));
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ValidationException("q", "is required");
        }
        ctx.json(book.search().search(q, intParam(ctx, "limit", 20)));
    }

    private void patchSettings(Context ctx) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = body(ctx, Map.class);
        MailGate.check(ctx, team, body.keySet());
        ctx.json(SettingsForm.apply(settings, body));
    }

    /** Today's plan: {@code size} from the query, else the plan size in the settings. */
    private dev.kith.today.Plan plan(Context ctx) {
        String size = ctx.queryParam("size");
        return today.plan(size == null ? settings.view().planSize() : Params.integer("size", size));
    }

    /** Send (body {@code {"subject", "note"}}, see {@link TodayMail}), done (body {@code {"note"}}), snooze (body {@code {"until": "YYYY-MM-DD"}}) or skip; answers the acted-on action. */
    private void todayAction(Context ctx, String what) {
        String action = ctx.pathParam("action");
        Map<String, Object> body = ctx.body().isBlank() ? Map.of() : jsonBody(ctx);
        Object note = body.get("note");
        ctx.json(switch (what) {
            case "done" -> today.done(action, note == null ? null : note.toString());
            case "snooze" -> today.snooze(action, Dates.parse("until", body.get("until") == null ? null
                    : body.get("until").toString()));
            case "send" -> mail.send(action, body.get("subject") == null ? null : body.get("subject").toString(),
                    note == null ? null : note.toString());
            default -> today.skip(action);
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> jsonBody(Context ctx) {
        return body(ctx, Map.class);
    }

    private Contact existing(Context ctx) {
        return book.contacts().get(Params.id(ctx, "id"));
    }

    private ContactDetails details(long id) {
        Contact c = book.contacts().get(id);
        return ContactDetails.of(book, id, settings.cadence(c.circle()));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        Integer value = Params.optionalInteger(name, ctx.queryParam(name));
        return value == null ? fallback : value;
    }

    private static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw new ValidationException("body", "a JSON object is required");
        }
        return ctx.bodyAsClass(type);
    }

    /** A page of the contact list: the total that match, then the rows, in this order. */
    record ContactsPage(int total, java.util.List<ContactRow> contacts) {
    }
}
