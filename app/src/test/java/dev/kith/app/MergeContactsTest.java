package dev.kith.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.demo.DemoBook;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.backup.Backup;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.store.BookSchema;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class MergeContactsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
    }

    /** How many rows of every table refer to contact {@code id} in each column that refers to contacts. */
    private static Map<String, Integer> referencesTo(TestDatabase db, long id) {
        return db.database().read(h -> {
            Map<String, Integer> refs = new TreeMap<>();
            for (BookSchema.Reference ref : BookSchema.of(db.database()).contactReferences()) {
                int n = h.createQuery("SELECT count(*) FROM " + ref.table() + " WHERE " + ref.column() + " = :id")
                        .bind("id", id).mapTo(Integer.class).one();
                refs.put(ref.table() + "." + ref.column(), n);
            }
            return refs;
        });
    }

    /** Every row of every table of book data, as text, in key order. */
    private static Map<String, List<String>> rows(TestDatabase db) {
        return db.database().read(h -> {
            Map<String, List<String>> all = new TreeMap<>();
            for (BookSchema.Table t : BookSchema.of(db.database()).tables()) {
                all.put(t.name(), h.createQuery("SELECT * FROM " + t.name() + " ORDER BY " + String.join(", ", t.key()))
                        .map((rs, ctx) -> {
                            StringBuilder sb = new StringBuilder();
                            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                                sb.append(rs.getString(c)).append('|');
                            }
                            return sb.toString();
                        }).list());
            }
            return all;
        });
    }

    @BothDatabases
    void mergingLeavesNothingPointingAtTheDuplicateAndUndoPutsEverythingBack(TestDatabase db) {
        Kith book = book(db);
        DemoBook.generate(book, DemoBook.SEED, 100);
        List<Long> ids = book.contacts().all().stream().map(Contact::id).toList();
        Map<Long, Integer> weight = new HashMap<>();
        for (long id : ids) {
            weight.put(id, referencesTo(db, id).values().stream().mapToInt(Integer::intValue).sum());
        }
        List<Long> busiest = new ArrayList<>(ids);
        busiest.sort(Comparator.comparing((Long id) -> -weight.get(id)).thenComparing(id -> id));
        long kept = busiest.get(1);
        long gone = busiest.get(0);
        Map<String, Integer> goneRefs = referencesTo(db, gone);
        assertThat(goneRefs.values().stream().filter(n -> n > 0).count()).as("the demo's busiest contact is referred"
                + " to from many tables: " + goneRefs).isGreaterThanOrEqualTo(5);
        var together = new java.util.TreeSet<Long>();
        book.interactions().withContact(kept, Integer.MAX_VALUE).forEach(i -> together.add(i.id()));
        book.interactions().withContact(gone, Integer.MAX_VALUE).forEach(i -> together.add(i.id()));
        Map<String, List<String>> before = rows(db);
        String backup = Backup.toJson(book.book());
        Map<String, Integer> counts = Tables.counts(db.database());

        Contact merged = book.mergeContacts(kept, gone);

        Map<String, Integer> left = referencesTo(db, gone);
        assertThat(left).as("rows still pointing at the merged contact").allSatisfy((ref, n) -> assertThat(n).as(ref).isZero());
        assertThat(book.contacts().get(gone).archived()).isTrue();
        assertThat(book.contacts().get(gone).notes()).endsWith("Merged into " + merged.name() + " (#" + kept + ") on "
                + TODAY + ".");
        assertThat(book.interactions().withContact(kept, Integer.MAX_VALUE).stream().map(Interaction::id).toList())
                .containsExactlyInAnyOrderElementsOf(together);
        assertThat(book.journal().last()).isPresent();

        assertThat(book.journal().undo()).hasValueSatisfying(what -> assertThat(what).startsWith("merged "));
        assertThat(rows(db)).isEqualTo(before);
        assertThat(Backup.toJson(book.book())).isEqualTo(backup);
        assertThat(Tables.counts(db.database())).isEqualTo(counts);
    }

    @BothDatabases
    void theDuplicatesFieldsFillTheKeptOnesAndRepeatsAreJoined(TestDatabase db) {
        Kith book = book(db);
        long priya = book.contacts().add(ContactDraft.builder("Priya Raman").email("priya@uni.example")
                .organization("Hill University").title("Dean").interest("IIIF").tag("rdm").build()).id();
        long copy = book.contacts().add(ContactDraft.builder("Priya  Raman").email("PRIYA@uni.example")
                .email("priya@home.example").phone("+1 555 0101").location("Leeds").interest("iiif")
                .interest("digital humanities").tag("rdm").tag("board").organization("Hill University")
                .title("Dean").build()).id();
        long tom = book.contacts().add(ContactDraft.builder("Tom Becker").metThroughId(copy).build()).id();
        book.setMe(copy);
        book.ties().add(priya, copy, TieKind.KNOWS, null, TieSource.MANUAL);
        book.ties().add(tom, priya, TieKind.KNOWS, null, TieSource.MANUAL);
        book.ties().add(copy, tom, TieKind.KNOWS, null, TieSource.MANUAL);
        book.ties().add(copy, tom, TieKind.MENTOR, null, TieSource.MANUAL);
        book.interactions().log(Interaction.draft(TODAY.minusDays(3), InteractionKind.LUNCH, Initiator.ME, null,
                "both of them", Exchange.NEUTRAL, false, List.of(priya, copy)));
        book.interactions().log(Interaction.draft(TODAY.minusDays(2), InteractionKind.CALL, Initiator.ME, null,
                "IIIF manifests", Exchange.NEUTRAL, false, List.of(copy)));

        Contact merged = book.mergeContacts(priya, copy);

        assertThat(merged.emails()).containsExactly("priya@uni.example", "priya@home.example");
        assertThat(merged.phones()).containsExactly("+1 555 0101");
        assertThat(merged.location()).isEqualTo("Leeds");
        assertThat(merged.tags()).containsExactlyInAnyOrder("rdm", "board");
        assertThat(merged.interests()).containsExactlyInAnyOrder("IIIF", "digital humanities");
        assertThat(merged.jobs()).hasSize(1);
        assertThat(book.me()).contains(priya);
        assertThat(book.contacts().get(tom).howMet().throughId()).isEqualTo(priya);
        assertThat(book.ties().ofContact(priya)).extracting(t -> t.kind() + " " + t.other(priya))
                .containsExactlyInAnyOrder("KNOWS " + tom, "MENTOR " + tom);
        assertThat(book.interactions().withContact(priya, 10)).hasSize(2)
                .allSatisfy(i -> assertThat(i.people()).containsExactly(priya));
        assertThat(book.search().search("manifests", 5)).extracting(h -> h.id()).containsExactly(priya);
        assertThat(referencesTo(db, copy)).allSatisfy((ref, n) -> assertThat(n).as(ref).isZero());
        assertThatThrownBy(() -> book.mergeContacts(priya, priya)).isInstanceOf(ValidationException.class);
    }
}
