package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.core.KithClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final KithClock CLOCK = KithClock.fixed(LocalDate.of(2026, 11, 24));
    private static final AtomicInteger EMPTY = new AtomicInteger();

    @BothDatabases
    void openingAnEmptyDatabaseMigratesIt(TestDatabase db) {
        try (Database opened = Database.open(emptySpec(db))) {
            assertThat(history(opened)).containsExactlyElementsOf(MigrationFiles.versions(opened.dialect()).stream()
                    .map(v -> Map.<String, Object>of("version", v, "success", true)).toList());
            assertThat(schemaTables(opened)).as("every table of the schema, as the database lists them")
                    .containsExactlyInAnyOrderElementsOf(Tables.ALL);
            assertThat(Tables.counts(opened)).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        }
    }

    @BothDatabases
    void reopeningIsANoOpAndKeepsTheData(TestDatabase db) {
        String spec = emptySpec(db);
        List<Map<String, Object>> before;
        try (Database first = Database.open(spec)) {
            Kith.open(first, "alice", CLOCK).contacts().add(ContactDraft.builder("Ana Lima").tag("library").build());
            before = installed(first);
        }
        try (Database second = Database.open(spec)) {
            assertThat(installed(second)).isEqualTo(before).hasSize(MigrationFiles.versions(second.dialect()).size());
            assertThat(Kith.open(second, "alice", CLOCK).contacts().list(ContactFilter.ALL_ACTIVE))
                    .extracting("name", "tags").containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Lima", List.of("library")));
            assertThat(Tables.counts(second)).containsEntry("books", 1).containsEntry("contacts", 1);
        }
    }

    @Test
    void sqliteConnectionsUseWalForeignKeysAndFullSync() {
        try (TestDatabase test = TestDatabase.sqlite()) {
            Database db = test.database();
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            assertThat(db.<String>read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one())).isEqualToIgnoringCase("wal");
            assertThat(db.<Integer>read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one())).isEqualTo(1);
            assertThat(db.<Integer>read(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one())).isEqualTo(2);
            assertThat(db.<Integer>write(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one())).isEqualTo(1);
        }
    }

    @Test
    void theFolderOfAMissingSqlitePathIsCreated(@TempDir Path tmp) {
        Path file = tmp.resolve("not/yet/there/kith.db");
        try (Database db = Database.open(file.toString())) {
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            assertThat(history(db)).hasSize(MigrationFiles.versions(Dialect.SQLITE).size());
        }
        assertThat(Files.isRegularFile(file)).isTrue();
    }

    @Test
    void aJdbcSqliteUrlIsAcceptedToo(@TempDir Path tmp) {
        try (Database db = Database.open("jdbc:sqlite:" + tmp.resolve("k.db"))) {
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            assertThat(history(db)).hasSize(MigrationFiles.versions(Dialect.SQLITE).size());
        }
    }

    /** The spec of a database nobody has opened yet: a new SQLite file, or a new empty PostgreSQL database. */
    private static String emptySpec(TestDatabase db) {
        if (db.toString().equals("sqlite")) {
            return db.spec();
        }
        String name = "kith_empty_" + EMPTY.incrementAndGet();
        try (Connection c = TestDatabase.Postgres.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return TestDatabase.Postgres.url(name);
    }

    /** The tables the database itself lists (Flyway's history, SQLite's own and FTS shadow tables left out). */
    static List<String> schemaTables(Database db) {
        String sql = db.dialect() == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE'";
        List<String> names = db.read(h -> h.createQuery(sql).mapTo(String.class).list());
        List<String> virtual = names.stream().filter(n -> db.dialect() == Dialect.SQLITE && isVirtual(db, n)).toList();
        return names.stream()
                .filter(n -> !n.equals("flyway_schema_history"))
                .filter(n -> virtual.stream().noneMatch(v -> n.startsWith(v + "_")))
                .toList();
    }

    private static boolean isVirtual(Database db, String table) {
        return db.read(h -> h.createQuery("SELECT sql FROM sqlite_master WHERE name = :n").bind("n", table)
                .mapTo(String.class).one()).toUpperCase(java.util.Locale.ROOT).startsWith("CREATE VIRTUAL TABLE");
    }

    private static List<Map<String, Object>> history(Database db) {
        return db.read(h -> h.createQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")
                .map((rs, ctx) -> Map.<String, Object>of("version", rs.getString(1), "success", rs.getBoolean(2)))
                .list());
    }

    private static List<Map<String, Object>> installed(Database db) {
        return db.read(h -> h.createQuery("SELECT installed_rank, version, checksum, installed_on FROM flyway_schema_history"
                        + " ORDER BY installed_rank")
                .map((rs, ctx) -> Map.<String, Object>of("rank", rs.getInt(1), "version", String.valueOf(rs.getString(2)),
                        "checksum", String.valueOf(rs.getString(3)), "on", String.valueOf(rs.getString(4))))
                .list());
    }
}
