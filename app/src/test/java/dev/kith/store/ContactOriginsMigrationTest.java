package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteDataSource;

/**
 * V28 gives contacts imported before it their origin from what the import wrote: each new contact's job
 * with no start date and the import's source. A job an import reported for someone already in the book
 * (it starts on the day), or one entered by hand (no source), says nothing: those contacts stay unmarked.
 */
class ContactOriginsMigrationTest {
    private static final String BOOK = "(SELECT id FROM books WHERE name = 'default')";

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void contactsImportedBeforeTheColumnGetTheirOrigin(Dialect dialect, @TempDir Path tmp) throws SQLException {
        String pgName = dialect == Dialect.POSTGRESQL ? "kith_origins_" + System.nanoTime() : null;
        DataSource ds = dataSource(dialect, tmp, pgName);
        try {
            Flyway.configure().dataSource(ds).locations(dialect.migrations()).target("27").loggers("slf4j").load()
                    .migrate();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO books (name, created_on) VALUES ('default', '2025-01-02')");
                s.execute("INSERT INTO organizations (book_id, name, name_key) VALUES (" + BOOK + ", 'Acme', 'acme')");
                for (String[] p : new String[][] {{"Ana Lima", "NULL", "'vcard:Contacts.vcf'"},
                        {"Bo Chen", "NULL", "'linkedin'"}, {"Cy Diaz", "NULL", "'carddav:1'"},
                        {"Dee Okafor", "NULL", "'google:contacts.csv'"}, {"Eli Berg", "NULL", "NULL"},
                        {"Fay Rossi", "'2025-06-01'", "'outlook:contacts.csv'"}, {"Gus Sato", null, null}}) {
                    s.execute("INSERT INTO contacts (book_id, display_name, name_key, created_on) VALUES (" + BOOK
                            + ", '" + p[0] + "', '" + p[0].toLowerCase() + "', '2025-01-03')");
                    if (p[1] != null) {
                        s.execute("INSERT INTO employments (book_id, contact_id, organization_id, start_on, source)"
                                + " VALUES (" + BOOK + ", (SELECT id FROM contacts WHERE display_name = '" + p[0]
                                + "'), (SELECT id FROM organizations), " + p[1] + ", " + p[2] + ")");
                    }
                }
            }
            Flyway.configure().dataSource(ds).locations(dialect.migrations()).loggers("slf4j").load().migrate();
            Map<String, String> origins = new TreeMap<>();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT display_name, origin FROM contacts")) {
                while (rs.next()) {
                    origins.put(rs.getString(1), String.valueOf(rs.getString(2)));
                }
            }
            assertThat(origins).containsExactlyInAnyOrderEntriesOf(Map.of("Ana Lima", "address-book",
                    "Bo Chen", "linkedin", "Cy Diaz", "address-book", "Dee Okafor", "address-book", "Eli Berg", "null",
                    "Fay Rossi", "null", "Gus Sato", "null"));
        } finally {
            if (pgName != null) {
                TestDatabase.Postgres.drop(pgName);
            }
        }
    }

    private static DataSource dataSource(Dialect dialect, Path tmp, String pgName) {
        if (dialect == Dialect.SQLITE) {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + tmp.resolve("old.db"));
            ds.setEnforceForeignKeys(true);
            return ds;
        }
        try (Connection c = TestDatabase.Postgres.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + pgName);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return TestDatabase.Postgres.server().getDatabase("postgres", pgName);
    }
}
