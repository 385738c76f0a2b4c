package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Profiles;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.intros.Intro;
import dev.kith.intros.Suggestion;
import dev.kith.intros.Suggestions;

import java.time.LocalDate;
import java.util.List;

/**
 * The giving scenarios of the demo book: three articles in the library (one already shared), an
 * introduction waiting on its second person for nine days (so Today proposes a follow-up), one more
 * asking the first person, and a contact interested in email migration whom I have only asked of lately (the reciprocity
 * warning; Today offers them the email-migration article first).
 */
final class DemoGiving {
    private DemoGiving() {
    }

    static void add(Kith book) {
        LocalDate today = book.clock().today();
        var migration = book.articles().add("https://example.org/articles/email-migration-lessons",
                "Lessons from moving 40,000 mailboxes", "A university library system moved every mailbox and"
                        + " calendar to the cloud in one summer: planning waves, training, and what broke.",
                "Migrate calendars before mail, and train the front desk first", List.of("email migration", "cloud"));
        book.articles().add("https://example.org/articles/preservation-on-a-budget",
                "Digital preservation on a shoestring budget", "How small archives plan digital preservation with"
                        + " open source tools, shared storage and a realistic budget.",
                "Start with a file inventory, not with software", List.of("digital preservation", "budgeting"));
        var mentoring = book.articles().add("https://example.org/articles/mentoring-that-sticks",
                "Mentoring that sticks", "Mentoring and coaching programs that last: pairing, goals, and check-ins.",
                "Agree on one goal per quarter", List.of("mentoring", "coaching"));
        List<Profile> profiles = Profiles.load(book.book(), today);
        profiles.stream().filter(p -> p.reachable() && p.interests().contains("mentoring")).findFirst()
                .ifPresent(p -> book.articles().share(mentoring, book.contacts().get(p.id()),
                        "you are starting a mentoring program", InteractionKind.EMAIL));
        List<Suggestion> pairs = Suggestions.suggest(book.book(), book.intros(), 4);
        if (!pairs.isEmpty()) {
            Suggestion s = pairs.get(pairs.size() - 1);
            Intro stalled = book.intros().start(book.contacts().get(s.aId()), book.contacts().get(s.bId()),
                    s.commonGround().get(0));
            book.intros().advance(stalled.id(), false, null);
            book.intros().backdate(stalled.id(), today.minusDays(12), today.minusDays(9));
        }
        var balances = book.reciprocity().all();
        book.articles().recipients(migration, 20).stream()
                .filter(r -> balances.get(r.contactId()) == null || balances.get(r.contactId()).gave() == 0)
                .skip(2).findFirst().ifPresent(r -> {
                    Contact c = book.contacts().get(r.contactId());
                    for (int days : new int[] {40, 12}) {
                        book.interactions().log(Interaction.draft(today.minusDays(days), InteractionKind.EMAIL,
                                Initiator.ME, null, days > 20 ? "Asked " + c.givenName() + " for a reference"
                                        : "Asked for an intro to their CIO", Exchange.ASKED, false, List.of(c.id())));
                    }
                });
    }
}
