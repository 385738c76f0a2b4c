package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactSummary;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.core.KithClock;
import dev.kith.io.backup.Backup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;

/**
 * A book written at every earlier schema version (whatever migration files exist, each dialect)
 * is upgraded to the latest without losing a row or a value, and the features read it back.
 * The book is written in plain SQL of the version it is at, as the Kith of that version left it.
 */
class MigrationUpgradeTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** PostgreSQL databases migrated to a version (the key), copied by each test of that version. */
    private static final Map<String, String> TEMPLATES = new HashMap<>();
    private static final String BOOK = "(SELECT id FROM books WHERE name = 'default')";
    private static final String ANA = "(SELECT id FROM contacts WHERE name_key = 'ana lima')";
    private static final String BO = "(SELECT id FROM contacts WHERE name_key = 'bo chen')";

    /** The rows of a populated book, each with the version whose migration created its table. */
    private static final List<Map.Entry<Integer, String>> ROWS = List.of(
            row(1, "INSERT INTO books (name, created_on) VALUES ('default', '2025-01-02')"),
            row(1, "INSERT INTO organizations (book_id, name, name_key, industry)"
                    + " VALUES (" + BOOK + ", 'Analytical Engines', 'analytical engines', 'computing')"),
            row(1, "INSERT INTO contacts (book_id, display_name, name_key, location, notes, circle, cadence_days, created_on)"
                    + " VALUES (" + BOOK + ", 'Ana Lima', 'ana lima', 'Lisbon', 'met at the library', 'close', 30, '2025-01-03')"),
            row(1, "INSERT INTO contacts (book_id, display_name, name_key, created_on)"
                    + " VALUES (" + BOOK + ", 'Bo Chen', 'bo chen', '2025-01-03')"),
            row(1, "INSERT INTO contact_emails (book_id, contact_id, email, email_key, position)"
                    + " VALUES (" + BOOK + ", " + ANA + ", 'Ana@Example.org', 'ana@example.org', 0)"),
            row(1, "INSERT INTO contact_phones (book_id, contact_id, phone, position)"
                    + " VALUES (" + BOOK + ", " + ANA + ", '+351 555 0100', 0)"),
            row(1, "INSERT INTO contact_tags (book_id, contact_id, tag) VALUES (" + BOOK + ", " + ANA + ", 'library')"),
            row(1, "INSERT INTO contact_interests (book_id, contact_id, interest)"
                    + " VALUES (" + BOOK + ", " + ANA + ", 'archives')"),
            row(1, "INSERT INTO employments (book_id, contact_id, organization_id, title, start_on)"
                    + " VALUES (" + BOOK + ", " + ANA + ", (SELECT id FROM organizations), 'Archivist', '2020-01-01')"),
            row(1, "INSERT INTO interactions (book_id, occurred_on, kind, initiator, summary)"
                    + " VALUES (" + BOOK + ", '2025-02-01', 'coffee', 'me', 'coffee at the archive')"),
            row(1, "INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on, kind, initiator)"
                    + " VALUES (" + BOOK + ", (SELECT id FROM interactions), " + ANA + ", '2025-02-01', 'coffee', 'me')"),
            row(1, "INSERT INTO milestones (book_id, contact_id, kind, occurred_on, text)"
                    + " VALUES (" + BOOK + ", " + ANA + ", 'promotion', '2025-03-01', 'head archivist')"),
            row(1, "INSERT INTO ties (book_id, from_id, to_id, kind, since)"
                    + " VALUES (" + BOOK + ", " + ANA + ", " + BO + ", 'colleague', '2019-05-01')"),
            row(1, "INSERT INTO tasks (book_id, contact_id, kind, due_on, note)"
                    + " VALUES (" + BOOK + ", " + BO + ", 'send-paper', '2025-04-01', 'the paper on indexes')"),
            row(2, "INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, note)"
                    + " VALUES (" + BOOK + ", 'reply:1', 'reply', 'done', '2025-02-02', 'answered')"),
            row(4, "INSERT INTO settings (book_id, key, value) VALUES (" + BOOK + ", 'cadence.network', '45')"),
            row(6, "INSERT INTO targets (book_id, kind, organization, note, created_on)"
                    + " VALUES (" + BOOK + ", 'organization', 'Lovelace Labs', 'a way in', '2025-05-01')"),
            row(6, "INSERT INTO asks (book_id, contact_id, topic, asked_on)"
                    + " VALUES (" + BOOK + ", " + BO + ", 'intro to Lovelace Labs', '2025-05-02')"),
            row(7, "INSERT INTO articles (book_id, url, title, takeaway, added_on)"
                    + " VALUES (" + BOOK + ", 'https://example.org/indexes', 'On indexes', 'B-trees win', '2025-06-01')"),
            row(7, "INSERT INTO shares (book_id, article_id, contact_id, shared_on, why)"
                    + " VALUES (" + BOOK + ", (SELECT id FROM articles), " + ANA + ", '2025-06-02', 'she asked')"),
            row(7, "INSERT INTO intros (book_id, a_id, b_id, why, state, started_on, updated_on)"
                    + " VALUES (" + BOOK + ", " + ANA + ", " + BO + ", 'both index things', 'made', '2025-06-03', '2025-06-04')"),
            row(8, "INSERT INTO professional_groups (book_id, name, name_key, kind, created_on)"
                    + " VALUES (" + BOOK + ", 'Archivists Guild', 'archivists guild', 'association', '2025-07-01')"),
            row(8, "INSERT INTO group_members (book_id, group_id, contact_id, role, since)"
                    + " VALUES (" + BOOK + ", (SELECT id FROM professional_groups), " + ANA + ", 'member', '2025-07-01')"),
            row(8, "INSERT INTO events (book_id, name, name_key, start_on, end_on, location)"
                    + " VALUES (" + BOOK + ", 'Archives Summit', 'archives summit', '2025-08-01', '2025-08-02', 'Porto')"),
            row(8, "INSERT INTO event_attendance (book_id, event_id, contact_id, role)"
                    + " VALUES (" + BOOK + ", (SELECT id FROM events), " + ANA + ", 'speaker')"),
            row(8, "INSERT INTO goals (book_id, title, title_key, keywords, created_on)"
                    + " VALUES (" + BOOK + ", 'Find a new role', 'find a new role', 'archives', '2025-09-01')"),
            row(8, "INSERT INTO goal_contacts (book_id, goal_id, contact_id)"
                    + " VALUES (" + BOOK + ", (SELECT id FROM goals), " + BO + ")"));

    private static Map.Entry<Integer, String> row(int version, String sql) {
        return Map.entry(version, sql);
    }

    /** Every (dialect, version) but the latest version of that dialect. */
    static Stream<Arguments> earlierVersions() {
        return Stream.of(Dialect.SQLITE, Dialect.POSTGRESQL).flatMap(dialect -> {
            List<String> versions = MigrationFiles.versions(dialect);
            return versions.subList(0, versions.size() - 1).stream().map(v -> Arguments.of(dialect, v));
        });
    }

    @ParameterizedTest(name = "{0} from V{1}")
    @MethodSource("earlierVersions")
    void aPopulatedBookSurvivesTheUpgradeToTheLatestSchema(Dialect dialect, String version, @TempDir Path tmp)
            throws SQLException {
        Empty empty = atVersion(dialect, version, tmp);
        try {
            upgrade(empty, version);
        } finally {
            if (empty.name() != null) {
                TestDatabase.Postgres.drop(empty.name());
            }
        }
    }

    @AfterAll
    static void dropTemplates() {
        synchronized (TEMPLATES) {
            TEMPLATES.values().forEach(TestDatabase.Postgres::drop);
            TEMPLATES.clear();
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect, String version) {
        Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).target(version)
                .loggers("slf4j").load().migrate();
    }

    private static void upgrade(Empty empty, String version) throws SQLException {
        int at = Integer.parseInt(version);
        Map<String, List<String>> before;
        try (Connection c = empty.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<Integer, String> row : ROWS) {
                if (row.getKey() <= at) {
                    s.execute(row.getValue());
                }
            }
            before = contents(c, null);
        }
        assertThat(before.get("contacts")).as("the book was written at V" + version).hasSize(1 + 2);

        try (Database db = Database.open(empty.spec())) {
            assertThat(db.<String>read(h -> h.createQuery("SELECT version FROM flyway_schema_history"
                    + " WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)")
                    .mapTo(String.class).one())).isEqualTo(Migrations.LATEST);
            Map<String, List<String>> after = db.read(h -> {
                try {
                    return contents(h.getConnection(), before);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(after).as("every row and value written at V" + version).isEqualTo(before);
            readsBack(Kith.open(db, Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24))), at);
        }
    }

    /** What the features see of the upgraded book, and that it takes new rows (sequences, constraints). */
    private static void readsBack(Kith kith, int at) {
        List<ContactSummary> contacts = kith.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(contacts).extracting(ContactSummary::name).containsExactlyInAnyOrder("Ana Lima", "Bo Chen");
        assertThat(contacts).filteredOn(c -> c.name().equals("Ana Lima")).singleElement()
                .satisfies(ana -> assertThat(ana.tags()).containsExactly("library"));
        String backup = Backup.toJson(kith.book());
        assertThat(backup).contains("Ana Lima", "Ana@Example.org", "Analytical Engines", "coffee at the archive",
                "head archivist", "the paper on indexes");
        if (at >= 6) {
            assertThat(backup).contains("Lovelace Labs");
        }
        if (at >= 7) {
            assertThat(backup).contains("On indexes", "both index things");
        }
        if (at >= 8) {
            assertThat(backup).contains("Archives Summit", "Archivists Guild", "Find a new role");
        }
        long cy = kith.contacts().add(ContactDraft.builder("Cy Diaz").email("cy@example.org").build()).id();
        assertThat(kith.contacts().list(ContactFilter.ALL_ACTIVE)).extracting(ContactSummary::id).contains(cy).hasSize(3);
    }

    /**
     * Every table's rows as sorted text, of the columns {@code columns} names per table (all when null);
     * SQLite's own tables, the full-text index and Flyway's history left out.
     */
    private static Map<String, List<String>> contents(Connection c, Map<String, List<String>> columns)
            throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        boolean sqlite = c.getMetaData().getURL().startsWith("jdbc:sqlite:");
        String list = sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                        + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_search%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'contact_search'";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(list)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        names.remove("flyway_schema_history");
        for (String table : names) {
            if (columns != null && !columns.containsKey(table)) {
                continue;
            }
            String select = columns == null ? "*" : columns.get(table).getFirst().replace("|", "");
            tables.put(table, rows(c, table, select));
        }
        return tables;
    }

    /** The {@code select}ed column names (joined by ",", then "|") as the first line, then the table's rows sorted. */
    private static List<String> rows(Connection c, String table, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        String columns;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            columns = String.join(",", names);
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= names.size(); i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("\u241f", values));
            }
        }
        rows.sort(null);
        rows.addFirst(columns + "|");
        return rows;
    }

    /**
     * A database migrated to {@code version} and holding no rows yet; {@code name} is the PostgreSQL database to drop
     * after, or null.
     */
    private record Empty(String spec, DataSource dataSource, String name) {
    }

    private static Empty atVersion(Dialect dialect, String version, Path tmp) {
        if (dialect == Dialect.SQLITE) {
            Path file = tmp.resolve("old.db");
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + file);
            ds.setEnforceForeignKeys(true);
            migrate(ds, dialect, version);
            return new Empty(file.toString(), ds, null);
        }
        String name = "kith_upgrade_" + DATABASES.incrementAndGet();
        createDatabase(name, template(version));
        return new Empty(TestDatabase.Postgres.url(name), TestDatabase.Postgres.server().getDatabase("postgres", name),
                name);
    }

    /**
     * A PostgreSQL database migrated to {@code version}, to copy: made from the one of the version before by
     * migrating one more step, so that the class runs each migration once instead of once per earlier version
     * (PostgreSQL's DDL takes most of a second a chain). The copy is PostgreSQL's own file copy of a template.
     */
    private static String template(String version) {
        synchronized (TEMPLATES) {
            String made = TEMPLATES.get(version);
            if (made != null) {
                return made;
            }
            List<String> versions = MigrationFiles.versions(Dialect.POSTGRESQL);
            int at = versions.indexOf(version);
            String from = at > 0 ? template(versions.get(at - 1)) : null;
            String name = "kith_upgrade_v" + version;
            createDatabase(name, from);
            migrate(TestDatabase.Postgres.server().getDatabase("postgres", name), Dialect.POSTGRESQL, version);
            TEMPLATES.put(version, name);
            return name;
        }
    }

    /** A new PostgreSQL database, a copy of {@code template} when it is not null. */
    private static void createDatabase(String name, String template) {
        try (Connection c = TestDatabase.Postgres.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
