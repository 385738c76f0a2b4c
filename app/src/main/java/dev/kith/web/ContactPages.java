package dev.kith.web;

import dev.kith.settings.Settings;
import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.journal.Scope;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** The Contacts list, a contact's page with its quick forms, and the add and edit forms. */
final class ContactPages {
    private final Kith book;
    private final Settings settings;
    private final Pages pages;

    ContactPages(Kith book, Settings settings, Pages pages) {
        this.book = book;
        this.settings = settings;
        this.pages = pages;
    }

    /** The Contacts page: the query as asked, its answer, and the tags to filter by. */
    record ListModel(ContactQuery query, ContactQuery.Result result, List<String> tags) {
    }

    /** A contact's page; {@code problem} is the quick form that failed, with its field and message. */
    record DetailModel(ContactDetails details, LocalDate today, QuickProblem problem,
                       dev.kith.reciprocity.Balance balance, List<dev.kith.goals.Goal> goals) {
    }

    /** A quick form's failure: which form, which field, why, and what was typed in that field. */
    record QuickProblem(String form, String field, String message, String typed) {
        String typedIn(String f) {
            return form.equals(f) && typed != null ? typed : "";
        }

        String messageFor(String f) {
            return form.equals(f) ? message : null;
        }
    }

    /** The add or edit form; {@code id} is null when adding. */
    record FormModel(ContactForm form, Long id) {
    }

    void register(Routes r) {
        r.get("/contacts", this::list);
        r.get("/contacts/new", ctx -> pages.render(ctx, "contact-form.jte", "Add a contact", "contacts",
                new FormModel(ContactForm.empty(), null)));
        r.post("/contacts", this::create);
        r.get("/contacts/{id}", ctx -> showContact(ctx, Params.id(ctx, "id"), null));
        r.get("/contacts/{id}/edit", ctx -> {
            Contact c = book.contacts().get(Params.id(ctx, "id"));
            pages.render(ctx, "contact-form.jte", "Edit " + c.name(), "contacts", new FormModel(ContactForm.of(c), c.id()));
        });
        r.post("/contacts/{id}", this::update);
        r.post("/contacts/{id}/archive", ctx -> {
            long id = Params.id(ctx, "id");
            Contact c = book.contacts().get(id);
            book.journal().record((c.archived() ? "restored " : "archived ") + c.name(), Scope.contacts(id), () -> {
                book.contacts().archive(id, !c.archived());
                return null;
            });
            Toasts.say(ctx, (c.archived() ? "Restored " : "Archived ") + c.name() + ".", true);
            ctx.redirect("/contacts/" + id);
        });
        r.post("/contacts/{id}/interactions", ctx -> quick(ctx, "interaction", this::logInteraction));
        r.post("/contacts/{id}/milestones", ctx -> quick(ctx, "milestone", (c, id) -> {
            book.journal().record("added a milestone for " + book.contacts().get(id).name(), Scope.contacts(id), () -> {
                addMilestone(c, id);
                return null;
            });
            Toasts.say(c, "Added the milestone.", true);
        }));
        r.post("/contacts/{id}/ties", ctx -> quick(ctx, "tie", (c, id) -> {
            book.journal().record("added a tie to " + book.contacts().get(id).name(), Scope.contacts(id), () -> {
                addTie(c, id);
                return null;
            });
            Toasts.say(c, "Added the tie.", true);
        }));
    }

    private void list(Context ctx) {
        ContactQuery query = ContactQuery.from(ctx::queryParam);
        ListModel model = new ListModel(query, query.run(book), book.contacts().tags());
        if (Pages.htmx(ctx) && "results".equals(ctx.header("HX-Target"))) {
            pages.fragment(ctx, "contact-rows.jte", model);
        } else {
            pages.render(ctx, "contacts.jte", "Contacts", "contacts", model);
        }
    }

    private void create(Context ctx) {
        ContactForm form = ContactForm.from(ctx::formParam).validate();
        if (form.errors().isEmpty()) {
            try {
                ContactForm f = form;
                Contact c = book.journal().record("added " + f.toDraft().name(), Scope.none(), () -> {
                    Contact added = book.contacts().add(f.toDraft());
                    book.journal().created(List.of(added.id()));
                    return added;
                });
                Toasts.say(ctx, "Added " + c.name() + ".", true);
                ctx.redirect("/contacts/" + c.id());
                return;
            } catch (ValidationException e) {
                form = form.withError(e.field(), e.reason());
            }
        }
        ctx.status(400);
        pages.render(ctx, "contact-form.jte", "Add a contact", "contacts", new FormModel(form, null));
    }

    private void update(Context ctx) {
        Contact before = book.contacts().get(Params.id(ctx, "id"));
        ContactForm form = ContactForm.from(ctx::formParam).validate();
        if (form.errors().isEmpty()) {
            try {
                ContactForm f = form;
                book.journal().record("edited " + before.name(), Scope.contacts(before.id()),
                        () -> book.contacts().edit(before.id(), f.toPatch(before)));
                Toasts.say(ctx, "Saved the changes to " + before.name() + ".", true);
                ctx.redirect("/contacts/" + before.id());
                return;
            } catch (ValidationException e) {
                form = form.withError(e.field(), e.reason());
            }
        }
        ctx.status(400);
        pages.render(ctx, "contact-form.jte", "Edit " + before.name(), "contacts", new FormModel(form, before.id()));
    }

    private void showContact(Context ctx, long id, QuickProblem problem) {
        Contact c = book.contacts().get(id);
        DetailModel model = new DetailModel(ContactDetails.of(book, id, settings.cadence(c.circle())),
                book.clock().today(), problem, book.reciprocity().of(id),
                book.goals().list().stream().filter(g -> g.active(book.clock().today())).toList());
        if (Pages.htmx(ctx) && "activity".equals(ctx.header("HX-Target"))) {
            pages.fragment(ctx, "contact-swap.jte", model);
        } else {
            pages.render(ctx, "contact.jte", c.name(), "contacts", model);
        }
    }

    /** Runs a quick form; on success shows the updated activity, on failure the message by the form. */
    private void quick(Context ctx, String form, java.util.function.BiConsumer<Context, Long> action) {
        long id = book.contacts().get(Params.id(ctx, "id")).id();
        try {
            action.accept(ctx, id);
        } catch (ValidationException e) {
            ctx.status(Pages.htmx(ctx) ? 200 : 400);
            showContact(ctx, id, new QuickProblem(form, e.field(), e.reason(), ctx.formParam(e.field())));
            return;
        }
        if (Pages.htmx(ctx)) {
            showContact(ctx, id, null);
        } else {
            ctx.redirect("/contacts/" + id);
        }
    }

    /**
     * Logs an interaction from the contact page's form: kind, date (a later date is a planned meeting),
     * who started it, minutes, what was exchanged, whether I await their reply, a goal it served and
     * another person who was there.
     */
    private void logInteraction(Context ctx, long id) {
        LocalDate date = Params.dateOr("date", ctx.formParam("date"), book.clock().today());
        InteractionKind kind = InteractionKind.parse("kind", ctx.formParam("kind"));
        Exchange exchange = Text.blankToNull(ctx.formParam("exchange")) == null ? Exchange.NEUTRAL
                : dev.kith.core.Coded.parse(Exchange.class, "exchange", ctx.formParam("exchange"));
        String goalText = Text.blankToNull(ctx.formParam("goal"));
        Long goal = goalText == null ? null : (long) Params.integer("goal", goalText);
        List<Long> people = new java.util.ArrayList<>(List.of(id));
        String name = book.contacts().get(id).name();
        String withName = null;
        if (Text.blankToNull(ctx.formParam("with")) != null || Text.blankToNull(ctx.formParam("with-id")) != null) {
            Contact other = People.pick(book, ctx, "with");
            if (other.id() != id) {
                people.add(other.id());
                withName = other.name();
            }
        }
        boolean planned = date.isAfter(book.clock().today());
        String what = (planned ? "planned " : "logged ") + Words.of(kind) + " with " + name
                + (withName == null ? "" : " and " + withName);
        book.journal().record(what, Scope.contacts(people), () -> {
            Interaction logged = book.interactions().log(Interaction.draft(date, kind,
                    "them".equals(ctx.formParam("initiator")) ? Initiator.THEM : Initiator.ME,
                    Params.optionalInteger("minutes", ctx.formParam("minutes")), ctx.formParam("summary"), exchange,
                    "on".equals(ctx.formParam("awaiting")) || "true".equals(ctx.formParam("awaiting")), people));
            if (goal != null) {
                book.goals().linkInteractions(goal, List.of(logged.id()));
            }
            return logged;
        });
        Toasts.say(ctx, Messages.sentence(null, what) + (planned ? " It shows as planned on " + date + "." : ""), true);
    }

    private void addMilestone(Context ctx, long id) {
        LocalDate date = Params.dateOr("date", ctx.formParam("date"), book.clock().today());
        book.milestones().add(id, MilestoneKind.parse("kind", ctx.formParam("kind")), date, ctx.formParam("text"));
    }

    private void addTie(Context ctx, long id) {
        long otherId = People.pick(book, ctx, "other").id();
        try {
            Conflicts.tie(() -> book.ties().add(id, otherId, TieKind.parse("kind", ctx.formParam("kind")), null,
                    TieSource.MANUAL));
        } catch (HttpProblem conflict) {
            throw new ValidationException("kind", conflict.getMessage());
        }
    }
}
