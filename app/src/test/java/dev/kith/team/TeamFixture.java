package dev.kith.team;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.Database;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/**
 * A team of four on 2026-11-24, each with a book: ANN asks; ALICE knows Zed Zimmer (CTO at Zeta) well, by his
 * email; BOB knows him a little, by his LinkedIn address; DORA knows him a little, by name at Zeta. Ann knows
 * Dora better than Bob. Alice's Zed carries a {@link #MARKER} in his notes, his phone and an interaction's
 * summary. Nobody shares until a test says so. Users are written directly: accounts are the lead's feature.
 */
final class TeamFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String MARKER = "MARKER-7f3a";
    static final String ZED_EMAIL = "zed.zimmer@zeta.example";
    static final String PHONE = "+1 555 0199";

    final Database db;
    final KithClock clock = KithClock.fixed(TODAY);
    final Kith ann;
    final Kith alice;
    final Kith bob;
    final Kith dora;
    final long annUser;
    final long aliceUser;
    final long bobUser;
    final long doraUser;
    /** Zed in Ann's own book: email, LinkedIn address and Zeta. */
    final long annZed;
    final long aliceZed;
    final long annAlice;
    final long annDora;

    TeamFixture(TestDatabase test) {
        db = test.database();
        ann = Kith.open(db, "ann", clock);
        alice = Kith.open(db, "alice", clock);
        bob = Kith.open(db, "bob", clock);
        dora = Kith.open(db, "dora", clock);
        annUser = user("ann", "ann@team.example", ann);
        aliceUser = user("alice", "Alice@Team.example", alice);
        bobUser = user("bob", "bob@team.example", bob);
        doraUser = user("dora", "dora@team.example", dora);
        annZed = ann.contacts().add(ContactDraft.builder("Zed Zimmer").email(ZED_EMAIL.toUpperCase())
                .linkedinUrl("linkedin.com/in/ZedZimmer").organization("Zeta").build()).id();
        annAlice = ann.contacts().add(ContactDraft.builder("Alice Archer").email("alice@team.example").build()).id();
        annDora = ann.contacts().add(ContactDraft.builder("Dora Diaz").email("dora@team.example").build()).id();
        long annBob = ann.contacts().add(ContactDraft.builder("Bob Baker").email("bob@team.example").build()).id();
        meet(ann, annDora, 6, null);
        meet(ann, annBob, 1, null);
        aliceZed = alice.contacts().add(ContactDraft.builder("Zed Zimmer").email(ZED_EMAIL).phone(PHONE)
                .organization("Zeta").title("CTO").notes("private: " + MARKER).build()).id();
        meet(alice, aliceZed, 12, "lunch about " + MARKER);
        long bobZed = bob.contacts().add(ContactDraft.builder("Zed Z.")
                .linkedinUrl("http://WWW.linkedin.com/in/zedzimmer/").build()).id();
        meet(bob, bobZed, 1, null);
        long doraZed = dora.contacts().add(ContactDraft.builder("  zed   ZIMMER ").organization("ZETA")
                .title("Chief Technology Officer").build()).id();
        meet(dora, doraZed, 1, null);
    }

    /** An account owning {@code book}, written as the lead's accounts will write it. */
    long user(String name, String email, Kith book) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO users (name, email, password_hash, book_id, created_at)
                        VALUES (:name, :email, 'not-a-hash', :book, 0) RETURNING id""")
                .bind("name", name).bind("email", email).bind("book", book.id()).mapTo(Long.class).one());
    }

    void disable(long user, boolean disabled) {
        db.update(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id")
                .bind("d", disabled).bind("id", user).execute());
    }

    void share(Kith book, boolean shared) {
        new TeamSharing(db).setShared(book.id(), shared);
    }

    void shareAll() {
        for (Kith k : List.of(ann, alice, bob, dora)) {
            share(k, true);
        }
    }

    ColleaguePaths paths() {
        return new ColleaguePaths(db, clock);
    }

    /** {@code times} coffees over the last months, alternating who asked; the first with {@code summary}. */
    static void meet(Kith book, long contact, int times, String summary) {
        for (int i = 0; i < times; i++) {
            book.interactions().log(Interaction.draft(TODAY.minusDays(5 + 20L * i), InteractionKind.COFFEE,
                    i % 2 == 0 ? Initiator.ME : Initiator.THEM, 45, i == 0 ? summary : null, Exchange.NEUTRAL, false,
                    List.of(contact)));
        }
    }
}
