package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.mail.MailConfig;
import dev.kith.io.mail.Note;
import dev.kith.io.mail.NoteSender;
import dev.kith.io.mail.NotSentException;
import dev.kith.journal.Scope;
import dev.kith.network.Ask;
import dev.kith.network.Referrals;
import dev.kith.network.Target;
import dev.kith.settings.Settings;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Asks page: "who should I meet about …?" asked of someone (a draft to copy or send, recorded only
 * when marked sent), the asks waiting for an answer with "Record the answer" (the person suggested
 * becomes a contact met through the asker) and "No one came of it", and the asks answered. A failed
 * form shows the page again (400) with the message by the form.
 */
final class AskPages {
    /** Answered asks shown, newest first. */
    static final int ANSWERED_SHOWN = 20;
    static final String SUBJECT = "A quick question";

    private final Kith book;
    private final Settings settings;
    private final Pages pages;

    AskPages(Kith book, Settings settings, Pages pages) {
        this.book = book;
        this.settings = settings;
        this.pages = pages;
    }

    /** The page: open and answered asks, the ask being written (null when none), the person just referred (null when none). */
    record AsksModel(List<Ask> open, List<Ask> answered, Compose compose, Referred referred,
                     GatheringPages.Problem problem) {
    }

    /** An ask being written to {@code name}: the message to copy; {@code email} is where Send goes (null: no Send). */
    record Compose(long contactId, String name, String topic, String note, String email) {
    }

    /** The person an answer brought, and whether they are met through the one who suggested them (else known before). */
    record Referred(Contact person, boolean metThrough, String referrer, String topic) {
    }

    void register(Routes r) {
        r.get("/asks", ctx -> page(ctx, null, referred(ctx.queryParam("answered")), GatheringPages.Problem.NONE));
        r.post("/asks/draft", ctx -> form(ctx, "ask", this::compose));
        r.post("/asks", ctx -> form(ctx, "compose", c -> markSent(c, false)));
        r.post("/asks/send", ctx -> form(ctx, "compose", c -> markSent(c, true)));
        r.post("/asks/{id}/answer", ctx -> form(ctx, "answer-" + ctx.pathParam("id"), this::answer));
        r.post("/asks/{id}/close", ctx -> form(ctx, "close-" + ctx.pathParam("id"), this::close));
    }

    private void page(Context ctx, Compose compose, Referred referred, GatheringPages.Problem problem) {
        Referrals referrals = book.network().referrals();
        List<Ask> answered = referrals.all().stream().filter(a -> !a.open())
                .sorted(java.util.Comparator.comparing(Ask::answeredOn).thenComparing(Ask::id).reversed())
                .limit(ANSWERED_SHOWN).toList();
        pages.render(ctx, "asks.jte", "Asks", "asks", new AsksModel(referrals.open(), answered, compose, referred, problem));
    }

    /** The person ask {@code answered} (its id) brought, or null (no such ask, or not answered with a person). */
    private Referred referred(String answered) {
        if (answered == null || !answered.matches("\\d{1,18}")) {
            return null;
        }
        try {
            Ask a = book.network().referrals().get(Long.parseLong(answered));
            if (a.suggestedId() == null) {
                return null;
            }
            Contact c = book.contacts().get(a.suggestedId());
            return new Referred(c, Long.valueOf(a.contactId()).equals(c.howMet().throughId()), a.contactName(), a.topic());
        } catch (dev.kith.core.NotFoundException e) {
            return null;
        }
    }

    /** Runs a form; on a validation failure shows the page again with status 400 and the message by {@code form}. */
    private void form(Context ctx, String form, java.util.function.Consumer<Context> action) {
        try {
            action.accept(ctx);
        } catch (ValidationException e) {
            ctx.status(400);
            Compose kept = "compose".equals(form) ? composeAgain(ctx) : null;
            page(ctx, kept, null, new GatheringPages.Problem(form, e.field(), e.reason(),
                    ctx.formParamMap().entrySet().stream().filter(en -> !en.getValue().isEmpty())
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, en -> en.getValue().getFirst()))));
        } catch (HttpProblem e) {
            ctx.status(e.status());
            page(ctx, "compose".equals(form) ? composeAgain(ctx) : null, null,
                    new GatheringPages.Problem(form, "", e.getMessage(), Map.of()));
        }
    }

    /** The target a topic names (written "#3", or a target's name), or null for any other topic. */
    private Target target(String topic) {
        var targets = book.network().targets();
        return (topic.strip().startsWith("#") ? targets.lookup(topic) : targets.lookupByName(topic)).orElse(null);
    }

    private static String topic(Context ctx) {
        String topic = Text.blankToNull(ctx.formParam("topic"));
        if (topic == null) {
            throw new ValidationException("topic", "say what you'd like to meet someone about");
        }
        return topic;
    }

    /** The message to send, editable, with Copy, Send (when mail is set up) and Mark sent; records nothing. */
    private void compose(Context ctx) {
        Contact to = People.pick(book, ctx, "person");
        String topic = topic(ctx);
        if (to.doNotContact()) {
            throw new ValidationException("person", to.name() + " is marked do-not-contact");
        }
        Target target = target(topic);
        page(ctx, new Compose(to.id(), to.name(), topic, Referrals.draft(to, topic, target), mailTo(to)), null,
                GatheringPages.Problem.NONE);
    }

    /** The compose card as it was posted, so a failed Mark sent or Send keeps the edited message. */
    private Compose composeAgain(Context ctx) {
        String id = ctx.formParam("contact");
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return book.contacts().find(Long.parseLong(id)).map(c -> new Compose(c.id(), c.name(),
                Optional.ofNullable(ctx.formParam("topic")).orElse(""), Optional.ofNullable(ctx.formParam("note")).orElse(""),
                mailTo(c))).orElse(null);
    }

    /** Where Send mails a note to {@code c}: their address when mail is set up, else null. */
    private String mailTo(Contact c) {
        return settings.mail().isEmpty() ? null : NoteSender.addressOf(c).orElse(null);
    }

    /** Records the ask (and logs the message as something I asked), after sending it by mail when {@code send}. */
    private void markSent(Context ctx, boolean send) {
        String id = ctx.formParam("contact");
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new ValidationException("person", "name someone");
        }
        Contact to = book.contacts().get(Long.parseLong(id));
        String topic = topic(ctx);
        Target target = target(topic);
        String note = Text.blankToNull(ctx.formParam("note"));
        InteractionKind kind = send ? InteractionKind.EMAIL
                : InteractionKind.parse("via", Optional.ofNullable(Text.blankToNull(ctx.formParam("via"))).orElse("message"));
        java.util.function.Supplier<Ask> record = () -> book.journal().record(
                "asked " + to.name() + " whom to meet about " + topic.strip(), Scope.contacts(to.id()), () -> {
                    Ask ask = book.network().referrals().ask(to.id(), topic, target);
                    book.interactions().log(Interaction.draft(book.clock().today(), kind, Initiator.ME, null,
                            "Asked who to meet about " + ask.topic(), Exchange.ASKED, false, List.of(to.id())));
                    return ask;
                });
        Ask ask;
        if (send) {
            if (note == null) {
                throw new ValidationException("note", "the message to send must not be blank");
            }
            MailConfig mail = settings.mail().orElseThrow(() -> new HttpProblem(409, "smtp",
                    "mail is not set up: fill in Outgoing mail in Settings first"));
            try {
                ask = new NoteSender(mail, book.interactions(), book.clock())
                        .send(to, new Note(Optional.ofNullable(Text.blankToNull(ctx.formParam("subject"))).orElse(SUBJECT),
                                note).stripped(), record);
            } catch (NotSentException e) {
                throw new HttpProblem(502, null, "not sent, and nothing was recorded: " + e.getMessage());
            }
            Toasts.say(ctx, "Sent to " + to.name() + ". Waiting for their answer about " + ask.topic() + ".", true);
        } else {
            ask = record.get();
            Toasts.say(ctx, "Asked " + to.name() + " about " + ask.topic() + ". It waits below for their answer.", true);
        }
        ctx.redirect("/asks#open");
    }

    /** Records whom the ask's person suggested: a new contact met through them, or someone already in the book. */
    private void answer(Context ctx) {
        long id = Params.id(ctx, "id");
        Ask ask = book.network().referrals().get(id);
        String field = "suggested-" + id;
        String typed = Text.blankToNull(ctx.formParam(field));
        String picked = Text.blankToNull(ctx.formParam(field + "-id"));
        String person = picked != null && picked.matches("\\d{1,18}") && book.contacts().find(Long.parseLong(picked))
                .filter(c -> typed == null || Text.key(c.name()).contains(Text.key(typed))).isPresent() ? "#" + picked : typed;
        if (person == null) {
            throw new ValidationException(field, "name the person they suggested");
        }
        Referrals.Referral r;
        try {
            r = book.journal().record("recorded whom " + ask.contactName() + " suggested",
                    Scope.contacts(ask.contactId()).andTable("targets"), () -> {
                        Referrals.Referral made = book.network().referrals().answer(id, person,
                                ctx.formParam("organization"), ctx.formParam("email"));
                        if (made.created()) {
                            book.journal().created(List.of(made.suggested().id()));
                        }
                        return made;
                    });
        } catch (AmbiguousNameException e) {
            ctx.attribute(People.PICKS, Map.of(field, Messages.candidates(book, e)));
            throw new ValidationException(field, "more than one person is called '" + person.strip() + "'; pick one below");
        }
        Contact s = r.suggested();
        Toasts.say(ctx, ask.contactName() + " suggested " + s.name() + (r.created()
                ? ": added to your contacts, met through " + ask.contactName() : "") + (r.targets().isEmpty() ? "."
                : "; it answers your target " + String.join(", ", r.targets().stream().map(Target::label).toList()) + "."),
                true);
        ctx.redirect("/asks?answered=" + id + "#referred");
    }

    private void close(Context ctx) {
        long id = Params.id(ctx, "id");
        Ask ask = book.network().referrals().get(id);
        book.journal().record("closed the ask to " + ask.contactName() + " about " + ask.topic(),
                Scope.contacts(ask.contactId()), () -> book.network().referrals().close(id));
        Toasts.say(ctx, "Closed the ask to " + ask.contactName() + " about " + ask.topic() + ": no one came of it.", true);
        ctx.redirect("/asks#answered");
    }
}
