package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

class DatabaseWriteTest {

    @BothDatabases
    void aCommittedWriteIsVisibleToLaterReads(TestDatabase test) {
        Database db = test.database();
        long id = db.write(h -> insertBook(h, "alice"));
        assertThat(db.<String>read(h -> h.createQuery("SELECT name FROM books WHERE id = :id").bind("id", id)
                .mapTo(String.class).one())).isEqualTo("alice");
    }

    @BothDatabases
    void anExceptionRollsBackEverythingIncludingNestedWrites(TestDatabase test) {
        Database db = test.database();
        db.write(h -> insertBook(h, "kept"));
        Map<String, Integer> before = Tables.counts(db);

        assertThatThrownBy(() -> db.update(outer -> {
            long book = insertBook(outer, "alice");
            db.update(inner -> {
                insertBook(inner, "bob");
                inner.createUpdate("INSERT INTO organizations (book_id, name, name_key) VALUES (:b, 'Acme', 'acme')")
                        .bind("b", book).execute();
            });
            long inside = db.read(h -> h.createQuery("SELECT count(*) FROM books").mapTo(Integer.class).one());
            assertThat(inside).as("reads inside the write see its own rows").isEqualTo(3);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(Tables.counts(db)).isEqualTo(before);
        assertThat(db.<java.util.List<String>>read(h -> h.createQuery("SELECT name FROM books").mapTo(String.class).list())).containsExactly("kept");
    }

    @BothDatabases
    void aFailingStatementRollsBackTheWholeWrite(TestDatabase test) {
        Database db = test.database();
        Map<String, Integer> before = Tables.counts(db);
        assertThatThrownBy(() -> db.update(h -> {
            insertBook(h, "alice");
            insertBook(h, "alice");
        })).isInstanceOf(RuntimeException.class);
        assertThat(Tables.counts(db)).isEqualTo(before);
    }

    @BothDatabases
    void theWriteAfterAFailureStartsAFreshTransaction(TestDatabase test) {
        Database db = test.database();
        assertThatThrownBy(() -> db.update(h -> {
            insertBook(h, "alice");
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class);
        db.write(h -> insertBook(h, "bob"));
        assertThat(db.<java.util.List<String>>read(h -> h.createQuery("SELECT name FROM books").mapTo(String.class).list())).containsExactly("bob");
    }

    private static long insertBook(org.jdbi.v3.core.Handle h, String name) {
        return h.createQuery("INSERT INTO books (name, created_on) VALUES (:name, :on) RETURNING id")
                .bind("name", name).bind("on", LocalDate.of(2026, 11, 24)).mapTo(Long.class).one();
    }
}
