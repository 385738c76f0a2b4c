package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.events.Capture;
import dev.kith.events.Event;
import dev.kith.events.Met;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Met someone": the quick capture for a conference floor, one thumb on a phone. A name (the rest is
 * optional), and the event it happened at: the person is found or added, the meeting logged and their
 * attendance recorded ({@link dev.kith.events.Events#met}). Without an event the person is just added.
 */
final class MetPages {
    /** Events that ended up to this many days ago can still take people met there. */
    static final int RECENT_DAYS = 14;

    private final Kith book;
    private final Pages pages;

    MetPages(Kith book, Pages pages) {
        this.book = book;
        this.pages = pages;
    }

    /**
     * The form: the events to pick from (today's first), the one picked, what was typed when it failed,
     * the failure, and the people of the same name to choose between when the name matched several.
     */
    record MetModel(List<Event> events, Long eventId, Map<String, String> values, String error,
                    List<Messages.Candidate> candidates) {
        String value(String name) {
            return values.getOrDefault(name, "");
        }
    }

    void register(Routes r) {
        r.get("/met", ctx -> {
            String event = Text.blankToNull(ctx.queryParam("event"));
            render(ctx, Map.of(), null, List.of(), event == null ? defaultEvent() : (Long) (long) Params.integer("event", event));
        });
        r.post("/met", this::capture);
    }

    private List<Event> recentEvents() {
        LocalDate today = book.clock().today();
        return book.events().between(today.minusDays(RECENT_DAYS), today).stream()
                .filter(e -> !e.start().isAfter(today))
                .sorted(java.util.Comparator.comparing(Event::end).reversed()).toList();
    }

    private Long defaultEvent() {
        LocalDate today = book.clock().today();
        return recentEvents().stream().filter(e -> e.spans(today)).map(Event::id).findFirst().orElse(null);
    }

    private void render(Context ctx, Map<String, String> values, String error, List<Messages.Candidate> candidates,
                        Long eventId) {
        pages.render(ctx, "met.jte", "Met someone", "met",
                new MetModel(recentEvents(), eventId, values, error, candidates));
    }

    private void capture(Context ctx) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String f : List.of("name", "organization", "email", "note", "event")) {
            values.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
        }
        String eventText = Text.blankToNull(ctx.formParam("event"));
        Long eventId = eventText == null ? null : (long) Params.integer("event", eventText);
        String chosen = Text.blankToNull(ctx.formParam("contact"));
        try {
            Contact person;
            String where;
            if (chosen != null) {
                person = book.contacts().get(Params.integer("contact", chosen));
                where = eventId == null ? null : book.events().get(eventId).name();
                if (eventId != null) {
                    person = metChosen(eventId, person, ctx.formParam("email"), ctx.formParam("note"));
                }
            } else if (eventId != null) {
                Met met = book.events().met(eventId, new Capture(ctx.formParam("name"), ctx.formParam("email"),
                        ctx.formParam("organization"), null, ctx.formParam("note")));
                person = met.contact();
                where = met.event().name();
            } else {
                Capture c = new Capture(ctx.formParam("name"), ctx.formParam("email"), ctx.formParam("organization"),
                        null, ctx.formParam("note"));
                ContactDraft.Builder draft = ContactDraft.builder(c.name()).organization(c.organization())
                        .notes(c.note()).firstMet(book.clock().today());
                if (c.email() != null) {
                    draft.email(c.email());
                }
                person = book.contacts().add(draft.build());
                where = null;
            }
            Toasts.say(ctx, "Saved " + person.name() + (where == null ? "" : ", met at " + where) + ".");
            ctx.redirect("/met" + (eventId == null ? "" : "?event=" + eventId));
        } catch (AmbiguousNameException e) {
            ctx.status(409);
            String name = Text.blankToNull(ctx.formParam("name"));
            render(ctx, values, "More than one person called " + name + " is in your book. Pick who you met,"
                    + " or add a new one by changing the name.",
                    Messages.candidates(book, e), eventId);
        } catch (ValidationException e) {
            ctx.status(400);
            render(ctx, values, Messages.field(e), List.of(), eventId);
        }
    }

    /** Records meeting a person picked from several of one name: the email typed is added to them, not used to find someone else. */
    private Contact metChosen(long eventId, Contact person, String typedEmail, String note) {
        return book.events().met(eventId, person.id(), typedEmail, note).contact();
    }
}
