package dev.kith.io.backup;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.tasks.TaskStatus;
import java.time.LocalDate;
import java.util.List;

/** A small book with every kind of record and every optional field set somewhere. */
final class RichBook {
    private RichBook() {
    }

    static void fill(Kith book) {
        LocalDate d = LocalDate.of(2026, 3, 1);
        long me = book.contacts().add(ContactDraft.builder("Mia Moreau").circle(Circle.INNER).build()).id();
        book.setMe(me);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").givenName("Ana").familyName("Lima")
                .email("ana@acme.example").email("ana@home.example").phone("+1 555 0100").organization("Acme")
                .title("Librarian").location("Springfield").linkedinUrl("https://www.linkedin.com/in/ana-lima")
                .website("https://ana.example").tag("library").tag("board").interest("email migration")
                .howMet("LibCon 2025").firstMet(d).circle(Circle.CLOSE).cadenceDays(21)
                .notes("Line one\nLine \"two\", with ; and , and émojis 🎉").build()).id();
        long bo = book.contacts().add(ContactDraft.builder("Bo Chen").metThroughId(ana).doNotContact(true).build()).id();
        long cy = book.contacts().add(ContactDraft.builder("Cy Diaz").organization("Globex").build()).id();
        book.contacts().edit(cy, ContactPatch.builder().organization("Initech").title("CTO").build());
        book.contacts().changeJob(cy, "Initech", "CEO", LocalDate.of(2026, 6, 1));
        book.contacts().archive(bo, true);
        book.contacts().setIndustry("Acme", "publishing");
        book.interactions().log(Interaction.draft(d, InteractionKind.LUNCH, Initiator.ME, 60, "Lunch at Café Ñ",
                Exchange.GAVE, false, List.of(ana, cy)));
        book.interactions().log(Interaction.draft(d.plusDays(3), InteractionKind.EMAIL, Initiator.THEM, null, null,
                Exchange.ASKED, true, List.of(bo)));
        long m = book.milestones().add(ana, MilestoneKind.AWARD, d, "Librarian of the year").id();
        book.milestones().acknowledge(m);
        book.milestones().add(cy, MilestoneKind.PROMOTION, d.plusDays(90), null);
        book.ties().add(ana, bo, TieKind.MET_THROUGH, d, TieSource.IMPORTED);
        book.ties().add(ana, cy, TieKind.COLLEAGUE, null, TieSource.MANUAL);
        long t = book.tasks().add(ana, "send article", d.plusDays(7), "the one on email migration").id();
        book.tasks().setStatus(t, TaskStatus.DONE);
        book.tasks().add(cy, "book lunch", d.plusDays(14), null);
        long group = book.groups().add("ALA", dev.kith.groups.GroupKind.ASSOCIATION).id();
        book.groups().join(group, ana, dev.kith.groups.MemberRole.BOARD, d);
        book.groups().join(group, cy, null, null);
        var summit = book.events().add(new dev.kith.events.NewEvent("CIO Summit 2026", d, d.plusDays(2), "CIO Summit",
                "Boston", group));
        book.events().add(new dev.kith.events.NewEvent("Meetup", d.plusDays(300), null, null, null, null));
        book.events().attendMe(summit.id(), dev.kith.events.AttendanceRole.SPEAKER);
        book.events().attend(summit.id(), List.of(ana), dev.kith.events.AttendanceRole.VOLUNTEER, true, true);
        var met = book.events().met(summit.id(), new dev.kith.events.Capture("Dee Evans", "dee@x.example", "Umbrella",
                "CIO", "talked about RFID"));
        long goal = book.goals().add("Find a co-author", List.of("research", "open access"), d.plusDays(365)).id();
        book.goals().close(book.goals().add("Speak at ALA", List.of(), null).id(), dev.kith.goals.GoalClosing.DROPPED,
                "No talks this year");
        book.goals().linkContacts(goal, List.of(ana, cy));
        book.goals().linkInteractions(goal, List.of(met.encounter().id()));
        book.goals().linkEvents(goal, List.of(summit.id()));
        book.goals().outcome(goal, "Co-author found", d.plusDays(10));
        var targets = book.network().targets();
        long dana = targets.addPerson("Dana Wu", "Umbrella", "She ran the migration I am planning").id();
        targets.addContact(cy, null);
        targets.addOrganization("Hooli", null);
        targets.addIndustry("fintech", "curious about payments");
        long role = targets.addRole("head of data", "Acme", null).id();
        targets.setStatus(role, dev.kith.network.TargetStatus.ARCHIVED);
        targets.setStatus(dana, dev.kith.network.TargetStatus.ASKED);
        var referrals = book.network().referrals();
        referrals.ask(ana, null, targets.get(dana));
        referrals.ask(cy, "open-source funding", null);
        referrals.refer(cy, "Eve Park", "Hooli");
        var article = book.articles().add("https://example.org/mail", "Mail, moved", "Moving mailboxes", "Calendars first",
                List.of("email", "cloud"));
        book.articles().share(article, book.contacts().get(ana), "you are planning yours", InteractionKind.EMAIL);
        long intro = book.intros().start(book.contacts().get(ana), book.contacts().get(cy), "both run libraries").id();
        book.intros().advance(intro, false, null);
        book.database().update(h -> {
            h.createUpdate("INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, note)"
                            + " VALUES (:b, :a, 'follow-up', 'done', :d, 'Lovely to meet you')")
                    .bind("b", book.id()).bind("a", "follow-up:" + cy + ":" + d).bind("d", d).execute();
            h.createUpdate("INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, hidden_until)"
                            + " VALUES (:b, :a, 'congratulate', 'snoozed', :d, :u)")
                    .bind("b", book.id()).bind("a", "congratulate:" + m).bind("d", d).bind("u", d.plusDays(7)).execute();
            h.createUpdate("INSERT INTO today_actions (book_id, action_id, kind, status, acted_on)"
                            + " VALUES (:b, :a, 'ask-intro', 'done', :d)")
                    .bind("b", book.id()).bind("a", "ask-intro:" + dana).bind("d", d).execute();
            h.createUpdate("INSERT INTO settings (book_id, key, value) VALUES (:b, 'today.plan-size', '4')")
                    .bind("b", book.id()).execute();
            h.createUpdate("INSERT INTO settings (book_id, key, value) VALUES (:b, 'smtp.password', 'secret')")
                    .bind("b", book.id()).execute();
        });
    }
}
