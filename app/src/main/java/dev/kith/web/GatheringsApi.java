package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.core.ValidationException;
import dev.kith.events.AttendanceRole;
import dev.kith.events.Attendee;
import dev.kith.events.Capture;
import dev.kith.events.Encounter;
import dev.kith.events.Event;
import dev.kith.events.NewEvent;
import dev.kith.goals.Goal;
import dev.kith.groups.Group;
import dev.kith.groups.GroupKind;
import dev.kith.groups.Member;
import dev.kith.groups.MemberRole;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** The REST API of events, attendance, groups, memberships, goals, outcomes and the goal report, under {@code /api/v1}. */
final class GatheringsApi {
    private static final String V1 = ApiRoutes.V1;

    private final Kith book;

    GatheringsApi(Kith book) {
        this.book = book;
    }

    /** {@code POST /api/v1/events}. */
    record NewEventBody(String name, LocalDate start, LocalDate end, String series, String location, Long groupId,
                        Long goalId) {
    }

    /** {@code POST /api/v1/events/{id}/attendance}: contacts, or me when {@code people} is empty. */
    record AttendanceBody(List<Long> people, String role, Boolean firstTimer, Boolean alone) {
    }

    /** {@code POST /api/v1/events/{id}/met}. */
    record MetBody(String name, String email, String organization, String title, String note) {
    }

    /** {@code POST /api/v1/groups}. */
    record NewGroupBody(String name, String kind) {
    }

    /** {@code POST /api/v1/groups/{id}/memberships}. */
    record MembershipBody(Long contactId, String role, LocalDate since) {
    }

    /** {@code POST /api/v1/goals}. */
    record NewGoalBody(String title, List<String> keywords, LocalDate due) {
    }

    /** {@code POST /api/v1/goals/{id}/outcomes}. */
    record OutcomeBody(String text, LocalDate date) {
    }

    /** {@code POST /api/v1/goals/{id}/close}: {@code as} is achieved or dropped. */
    record CloseBody(String as, String note) {
    }

    /** {@code POST /api/v1/goals/{id}/links}. */
    record LinksBody(List<Long> contacts, List<Long> interactions, List<Long> events) {
    }

    /** An event with who attends and who I met there. */
    record EventView(Event event, List<Attendee> attendees, List<Encounter> met) {
    }

    /** A group with its members. */
    record GroupView(Group group, List<Member> members) {
    }

    void register(Routes r) {
        r.get(V1 + "/events", ctx -> ctx.json(book.events().list()));
        r.post(V1 + "/events", this::addEvent);
        r.get(V1 + "/events/{id}", ctx -> ctx.json(eventView(Params.id(ctx, "id"))));
        r.get(V1 + "/events/{id}/prep", ctx -> ctx.json(book.events().prep(event(ctx).id())));
        r.get(V1 + "/events/{id}/followups", ctx -> ctx.json(book.events().followups(event(ctx).id())));
        r.post(V1 + "/events/{id}/attendance", this::attend);
        r.post(V1 + "/events/{id}/met", this::met);
        r.get(V1 + "/groups", ctx -> ctx.json(book.groups().list()));
        r.post(V1 + "/groups", this::addGroup);
        r.get(V1 + "/groups/{id}", ctx -> ctx.json(groupView(Params.id(ctx, "id"))));
        r.post(V1 + "/groups/{id}/memberships", this::join);
        r.get(V1 + "/goals", ctx -> ctx.json(book.goals().list()));
        r.post(V1 + "/goals", this::addGoal);
        r.get(V1 + "/goals/{id}", ctx -> ctx.json(book.goals().report(Params.id(ctx, "id"))));
        r.post(V1 + "/goals/{id}/outcomes", this::outcome);
        r.post(V1 + "/goals/{id}/links", this::link);
        r.post(V1 + "/goals/{id}/close", this::close);
        r.post(V1 + "/goals/{id}/reopen", ctx -> ctx.json(book.goals().reopen(book.goals().get(Params.id(ctx, "id")).id())));
        r.get(V1 + "/reports/goals", ctx -> ctx.json(book.goals().report()));
    }

    private Event event(Context ctx) {
        return book.events().get(Params.id(ctx, "id"));
    }

    private EventView eventView(long id) {
        Event e = book.events().get(id);
        return new EventView(e, book.events().attendees(id), book.events().followups(id));
    }

    private GroupView groupView(long id) {
        return new GroupView(book.groups().get(id), book.groups().members(id));
    }

    private void addEvent(Context ctx) {
        NewEventBody b = body(ctx, NewEventBody.class);
        Event e = book.atomically(() -> {
            Event added = book.events().add(new NewEvent(b.name(), b.start(), b.end(), b.series(), b.location(),
                    b.groupId()));
            if (b.goalId() != null) {
                book.goals().linkEvents(b.goalId(), List.of(added.id()));
            }
            return added;
        });
        ctx.status(201).header("Location", V1 + "/events/" + e.id()).json(eventView(e.id()));
    }

    private void attend(Context ctx) {
        long id = event(ctx).id();
        AttendanceBody b = body(ctx, AttendanceBody.class);
        AttendanceRole role = b.role() == null ? null : AttendanceRole.parse("role", b.role());
        if (b.people() == null || b.people().isEmpty()) {
            book.events().attendMe(id, role);
        } else {
            book.events().attend(id, b.people(), role, Boolean.TRUE.equals(b.firstTimer()), Boolean.TRUE.equals(b.alone()));
        }
        ctx.json(eventView(id));
    }

    private void met(Context ctx) {
        long id = event(ctx).id();
        MetBody b = body(ctx, MetBody.class);
        ctx.status(201).json(book.events().met(id, new Capture(b.name(), b.email(), b.organization(), b.title(), b.note())));
    }

    private void addGroup(Context ctx) {
        NewGroupBody b = body(ctx, NewGroupBody.class);
        Group g = book.groups().add(b.name(), GroupKind.parse("kind", ApiRequests.required("kind", b.kind())));
        ctx.status(201).header("Location", V1 + "/groups/" + g.id()).json(groupView(g.id()));
    }

    private void join(Context ctx) {
        long id = book.groups().get(Params.id(ctx, "id")).id();
        MembershipBody b = body(ctx, MembershipBody.class);
        ctx.status(201).json(book.groups().join(id, ApiRequests.required("contactId", b.contactId()),
                b.role() == null ? null : MemberRole.parse("role", b.role()), b.since()));
    }

    private void addGoal(Context ctx) {
        NewGoalBody b = body(ctx, NewGoalBody.class);
        Goal g = book.goals().add(b.title(), b.keywords() == null ? List.of() : b.keywords(), b.due());
        ctx.status(201).header("Location", V1 + "/goals/" + g.id()).json(book.goals().report(g.id()));
    }

    private void outcome(Context ctx) {
        long id = book.goals().get(Params.id(ctx, "id")).id();
        OutcomeBody b = body(ctx, OutcomeBody.class);
        ctx.status(201).json(book.goals().outcome(id, b.text(), b.date()));
    }

    private void close(Context ctx) {
        long id = book.goals().get(Params.id(ctx, "id")).id();
        CloseBody b = body(ctx, CloseBody.class);
        ctx.json(book.goals().close(id, dev.kith.goals.GoalClosing.parse("as", ApiRequests.required("as", b.as())),
                b.note()));
    }

    private void link(Context ctx) {
        long id = book.goals().get(Params.id(ctx, "id")).id();
        LinksBody b = body(ctx, LinksBody.class);
        book.atomically(() -> {
            book.goals().linkContacts(id, b.contacts() == null ? List.of() : b.contacts());
            book.goals().linkInteractions(id, b.interactions() == null ? List.of() : b.interactions());
            book.goals().linkEvents(id, b.events() == null ? List.of() : b.events());
            return null;
        });
        ctx.json(book.goals().report(id));
    }

    private static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw new ValidationException("body", "a JSON object is required");
        }
        return ctx.bodyAsClass(type);
    }
}
