package dev.kith.web;

import dev.kith.settings.Settings;
import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
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
                       dev.kith.reciprocity.Balance balance) {
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
            book.contacts().archive(id, !book.contacts().get(id).archived());
            ctx.redirect("/contacts/" + id);
        });
        r.post("/contacts/{id}/interactions", ctx -> quick(ctx, "interaction", this::logInteraction));
        r.post("/contacts/{id}/milestones", ctx -> quick(ctx, "milestone", this::addMilestone));
        r.post("/contacts/{id}/ties", ctx -> quick(ctx, "tie", this::addTie));
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
                Contact c = book.contacts().add(form.toDraft());
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
                book.contacts().edit(before.id(), form.toPatch(before));
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
                book.clock().today(), problem, book.reciprocity().of(id));
        if (Pages.htmx(ctx) && "activity".equals(ctx.header("HX-Target"))) {
            pages.fragment(ctx, "contact-activity.jte", model);
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

    private void logInteraction(Context ctx, long id) {
        LocalDate date = Params.dateOr("date", ctx.formParam("date"), book.clock().today());
        book.interactions().log(Interaction.draft(date, InteractionKind.parse("kind", ctx.formParam("kind")),
                "them".equals(ctx.formParam("initiator")) ? Initiator.THEM : Initiator.ME,
                Params.optionalInteger("minutes", ctx.formParam("minutes")), ctx.formParam("summary"), null, false,
                List.of(id)));
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
