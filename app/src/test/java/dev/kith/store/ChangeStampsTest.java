package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The change stamps of migration V26: every stamped table has its triggers; a committed change bumps
 * the stamp of that table of that book only, whoever commits it (another connection, as another process
 * would); a rolled-back change bumps nothing; and inside an open transaction there are no stamps.
 */
class ChangeStampsTest {
    private static final List<String> READ = List.of("contacts", "contact_interests", "interactions");

    @BothDatabases
    void aCommitBumpsItsTableOfItsBookOnly(TestDatabase test) {
        Database db = test.database();
        long one = book(db, "one");
        long two = book(db, "two");
        Stamps before = db.stamps(one, READ).orElseThrow();
        Stamps otherBefore = db.stamps(two, READ).orElseThrow();
        long ana = contact(db, one, "Ana");

        Stamps after = db.stamps(one, READ).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.values().get("contacts")).isGreaterThan(before.values().get("contacts"));
        assertThat(after.sameExcept(before, List.of("contacts"))).as("only the contacts' stamp moved").isTrue();
        assertThat(db.stamps(two, READ).orElseThrow()).as("the other book's stamps").isEqualTo(otherBefore);

        db.update(h -> h.createUpdate("INSERT INTO contact_interests (book_id, contact_id, interest) VALUES (:b, :c, 'chess')")
                .bind("b", one).bind("c", ana).execute());
        Stamps interest = db.stamps(one, READ).orElseThrow();
        assertThat(interest.sameExcept(after, List.of("contact_interests"))).isTrue();
        assertThat(interest).isNotEqualTo(after);

        db.update(h -> h.createUpdate("DELETE FROM contact_interests WHERE book_id = :b").bind("b", one).execute());
        assertThat(db.stamps(one, READ).orElseThrow()).as("a delete bumps too").isNotEqualTo(interest);
        Stamps beforeUpdate = db.stamps(one, READ).orElseThrow();
        db.update(h -> h.createUpdate("UPDATE contacts SET notes = 'x' WHERE id = :c").bind("c", ana).execute());
        assertThat(db.stamps(one, READ).orElseThrow()).as("an update bumps too").isNotEqualTo(beforeUpdate);
    }

    @BothDatabases
    void aChangeCommittedByAnotherConnectionIsSeen(TestDatabase test) {
        Database db = test.database();
        long one = book(db, "one");
        Stamps before = db.stamps(one, READ).orElseThrow();
        try (Database other = Database.open(test.spec())) {
            contact(other, one, "Bo");
        }
        assertThat(db.stamps(one, READ).orElseThrow()).isNotEqualTo(before);
    }

    @BothDatabases
    void aRollbackBumpsNothingAndATransactionHasNoStamps(TestDatabase test) {
        Database db = test.database();
        long one = book(db, "one");
        Stamps before = db.stamps(one, READ).orElseThrow();
        assertThatThrownBy(() -> db.update(h -> {
            contact(db, one, "Cy");
            assertThat(db.stamps(one, READ)).as("inside the transaction").isEmpty();
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.stamps(one, READ).orElseThrow()).isEqualTo(before);
    }

    @BothDatabases
    void everyStampedTableHasItsTriggersAndNoOtherTableIsAsked(TestDatabase test) {
        Database db = test.database();
        List<String> names = db.read(h -> db.dialect() == Dialect.SQLITE
                ? h.createQuery("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%stamp%'")
                        .mapTo(String.class).list()
                : h.createQuery("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                        + " WHERE t.tgname LIKE '%stamp%'").mapTo(String.class).list());
        Set<String> triggered = new TreeSet<>(names);
        assertThat(triggered).containsExactlyInAnyOrderElementsOf(Stamps.TABLES);
        assertThatThrownBy(() -> db.stamps(1, List.of("journal"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static long book(Database db, String name) {
        return db.write(h -> h.createUpdate("INSERT INTO books (name, created_on) VALUES (:n, '2026-12-07')")
                .bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private static long contact(Database db, long book, String name) {
        return db.write(h -> h.createUpdate("INSERT INTO contacts (book_id, display_name, name_key, created_on)"
                        + " VALUES (:b, :n, :n, '2026-12-07')")
                .bind("b", book).bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
