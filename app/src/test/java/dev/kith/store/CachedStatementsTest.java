package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedStatementsTest {
    @TempDir
    Path folder;

    private static List<String> names(Database db) {
        return db.read(h -> h.createQuery("SELECT name FROM scratch ORDER BY name").mapTo(String.class).list());
    }

    @Test
    void aKeptStatementNeitherHoldsAnOldSnapshotNorItsBindings() throws Exception {
        String file = folder.resolve("kith.db").toString();
        try (Database reader = Database.open(file); Database writer = Database.open(file)) {
            writer.update(h -> h.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
            writer.update(h -> h.execute("INSERT INTO scratch (name) VALUES ('a'), ('b'), ('c')"));
            String sql = "SELECT name FROM scratch WHERE name >= :from ORDER BY name";
            // read one row of three and stop: the statement is kept with its cursor mid-way
            assertThat(reader.<String>read(h -> h.createQuery(sql).bind("from", "a").mapTo(String.class).first()))
                    .isEqualTo("a");

            writer.update(h -> h.execute("INSERT INTO scratch (name) VALUES ('d')"));

            assertThat(reader.<List<String>>read(h -> h.createQuery(sql).bind("from", "b").mapTo(String.class).list()))
                    .as("the same statement again, on the same connection, sees the new row").containsExactly("b", "c", "d");
            assertThat(names(reader)).containsExactly("a", "b", "c", "d");
            writer.update(h -> h.execute("DELETE FROM scratch WHERE name = 'a'"));
            assertThat(names(reader)).containsExactly("b", "c", "d");
            // a writer can checkpoint the whole WAL: no reader holds an old snapshot
            assertThat(writer.<Integer>read(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)")
                    .map((rs, ctx) -> rs.getInt(1)).one())).as("busy").isZero();
            assertThat(Files.size(Path.of(file + "-wal"))).isZero();
        }
    }

    @Test
    void insertsWithGeneratedKeysAndBatchesStillWork() {
        try (Database db = Database.open(folder.resolve("k.db").toString())) {
            db.update(h -> h.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
            for (int i = 0; i < 3; i++) {
                int n = i;
                long id = db.write(h -> h.createUpdate("INSERT INTO scratch (name) VALUES (:n)").bind("n", "book" + n)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
                assertThat(id).isPositive();
            }
            db.update(h -> {
                var batch = h.prepareBatch("INSERT INTO scratch (name) VALUES (:n)");
                batch.bind("n", "x").add().bind("n", "y").add().execute();
            });
            assertThat(names(db)).containsExactly("book0", "book1", "book2", "x", "y");
        }
    }
}
