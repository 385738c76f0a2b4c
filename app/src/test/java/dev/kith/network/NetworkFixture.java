package dev.kith.network;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/**
 * A tiny named network on 2026-11-24: ALICE and BOB overlapped at Acme (2020–2023); CAROL joined
 * Acme after both left; DAVE knows CAROL (explicit tie); I met ERIN through BOB. ALICE is now Head of
 * Data at Beta (fintech). My ties: ALICE and DAVE strong, BOB middling, CAROL and ERIN never met.
 */
final class NetworkFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    final Kith book;
    final long alice;
    final long bob;
    final long carol;
    final long dave;
    final long erin;

    NetworkFixture(TestDatabase db) {
        book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        alice = person("Alice Archer");
        bob = person("Bob Baker");
        carol = person("Carol Cruz");
        dave = person("Dave Dunn");
        erin = book.contacts().add(ContactDraft.builder("Erin Eng").metThroughId(bob).build()).id();
        job(alice, "Acme", null, "2019-01-01", "2023-06-30");
        job(alice, "Beta", "Head of Data", "2023-07-01", null);
        job(bob, "Globex", null, "2015-01-01", "2019-12-31");
        job(bob, "Acme", null, "2020-03-01", "2024-01-01");
        job(carol, "Acme", "Engineer", "2024-02-01", null);
        book.contacts().setIndustry("Beta", "fintech");
        book.ties().add(dave, carol, TieKind.KNOWS, LocalDate.of(2021, 5, 1), TieSource.MANUAL);
        meet(alice, 12);
        meet(dave, 12);
        meet(bob, 3);
    }

    long person(String name) {
        return book.contacts().add(ContactDraft.builder(name).build()).id();
    }

    /** A job with exact dates, written directly (the service starts jobs today). */
    void job(long contact, String org, String title, String start, String end) {
        long orgId = book.contacts().setIndustry(org, industry(org)).id();
        book.database().update(h -> h.createUpdate("""
                        INSERT INTO employments (book_id, contact_id, organization_id, title, start_on, end_on)
                        VALUES (:book, :contact, :org, :title, :start, :end)""")
                .bind("book", book.id()).bind("contact", contact).bind("org", orgId).bind("title", title)
                .bind("start", start == null ? null : LocalDate.parse(start))
                .bind("end", end == null ? null : LocalDate.parse(end)).execute());
    }

    private String industry(String org) {
        return book.contacts().organizations().stream().filter(o -> o.name().equals(org)).map(o -> o.industry()).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** {@code times} coffees over the last months, which makes a strong tie. */
    void meet(long contact, int times) {
        for (int i = 0; i < times; i++) {
            book.interactions().log(Interaction.draft(TODAY.minusDays(5 + 20L * i), InteractionKind.COFFEE,
                    i % 2 == 0 ? Initiator.ME : Initiator.THEM, 45, null, Exchange.NEUTRAL, false, List.of(contact)));
        }
    }

    void doNotContact(long contact) {
        book.contacts().edit(contact, ContactPatch.builder().doNotContact(true).build());
    }

    Network network() {
        return book.network();
    }

    /** The reason of the edge between two contacts in today's graph, or null when there is none. */
    String edge(long a, long b) {
        BookGraph g = network().graph();
        BookGraph.Edge e = BookGraph.edge(g, g.view(), g.people().node(a), g.people().node(b));
        return e == null ? null : e.reason();
    }

    int weight(long a, long b) {
        BookGraph g = network().graph();
        BookGraph.Edge e = BookGraph.edge(g, g.view(), g.people().node(a), g.people().node(b));
        return e == null ? -1 : e.weight();
    }

    static List<String> names(IntroPath p) {
        return p.hops().stream().map(IntroPath.Hop::to).toList();
    }
}
