package dev.kith.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kith.core.KithException;
import dev.kith.core.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open Kith database, SQLite or PostgreSQL, migrated to the current schema on open.
 * Work runs through {@link #read} and {@link #write}; a {@code write} joins the transaction
 * already open on the calling thread, so a whole import commits or rolls back as one.
 * Thread-safe; close it once.
 */
public final class Database implements AutoCloseable {
    /** SQLite connections kept open for reuse: one per concurrent request of a busy web server on two cores, and a few more. */
    private static final int IDLE_SQLITE_CONNECTIONS = 8;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final DataSource dataSource;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** Work to run at the end of the calling thread's outermost {@link #write}, inside its transaction. */
    private final ThreadLocal<java.util.List<Runnable>> beforeCommit = new ThreadLocal<>();
    private final Object versionLock = new Object();
    private java.sql.Connection versionConnection;
    /** SQLite: the data version {@link #stampsByBook} was read at; guarded by {@link #versionLock}. */
    private long stampsVersion = Long.MIN_VALUE;
    /** SQLite: every row of {@code change_stamps}, book to table to stamp; guarded by {@link #versionLock}. */
    private java.util.Map<Long, java.util.Map<String, Long>> stampsByBook = java.util.Map.of();

    private Database(DataSource dataSource, Dialect dialect) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        // JDBI's own syntax, read without its generated lexers (see NamedParameters)
        jdbi.setTemplateEngine(new AttributeTemplates());
        jdbi.setSqlParser(new NamedParameters());
        jdbi.setStatementBuilderFactory(CachedStatements.FACTORY);
        registerDates(jdbi, dialect);
        if (System.getenv("KITH_SQL_STATS") != null) {
            SqlStats.install(jdbi);
        }
    }

    /**
     * Does once, on the calling thread, what the first {@link #open} of this process would otherwise do
     * on the critical path: loads SQLite's native library and sets up JDBI's configuration classes.
     * A command starts it on the second core while its options are parsed; it touches no database file.
     */
    public static void warmUp() {
        SqliteNative.useCachedCopy();
        try (java.sql.Connection c = new SQLiteDataSource().getConnection()) {
            c.createStatement().close();
        } catch (java.sql.SQLException e) {
            // only a warm-up: the real open reports any problem
        }
        registerDates(Jdbi.create(() -> {
            throw new java.sql.SQLException("warm-up only");
        }), Dialect.SQLITE);
    }

    /**
     * Opens {@code spec}: a {@code jdbc:postgresql:} URL, a {@code jdbc:sqlite:} URL, or a file path
     * for SQLite (its folder is created when missing). Migrations run before this returns.
     */
    public static Database open(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new KithException("--db: a database path or JDBC URL is required");
        }
        Database db = spec.startsWith("jdbc:postgresql:") ? postgres(spec) : sqlite(spec);
        try {
            Migrations.apply(db.dataSource, db.dialect);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Database sqlite(String spec) {
        SqliteNative.useCachedCopy();
        String url = spec.startsWith("jdbc:sqlite:") ? spec : "jdbc:sqlite:" + ensureFolder(Path.of(spec));
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return new Database(new IdleConnections(ds, IDLE_SQLITE_CONNECTIONS), Dialect.SQLITE);
    }

    private static Database postgres(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setPoolName("kith");
        config.setInitializationFailTimeout(-1);
        HikariDataSource ds = new HikariDataSource(config);
        return new Database(ds, Dialect.POSTGRESQL);
    }

    /**
     * Creates the database file's folder (0700) when missing, and the file itself owner-only (0600) when
     * new: SQLite gives its WAL and shared-memory files the mode of the database file, so all three stay
     * private whatever the umask.
     */
    private static Path ensureFolder(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                PrivateFiles.createFolder(absolute.getParent());
            }
            PrivateFiles.createFile(absolute);
        } catch (IOException e) {
            throw new KithException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
        return absolute;
    }

    private static void registerDates(Jdbi jdbi, Dialect dialect) {
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.DATE) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return dialect == Dialect.SQLITE
                        ? (position, statement, ctx) -> statement.setString(position, value.toString())
                        : (position, statement, ctx) -> statement.setObject(position, value);
            }
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, column, ctx) -> {
            String text = rs.getString(column);
            return dev.kith.core.Dates.stored(text);
        });
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the calling thread has a transaction open ({@link #write}), whose uncommitted changes only it sees. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /** Runs {@code work} on a handle: the thread's open transaction if there is one, else a fresh one. */
    public <T> T read(Function<Handle, T> work) {
        Handle open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        try (Handle handle = jdbi.open()) {
            return work.apply(handle);
        }
    }

    /**
     * Runs {@code work} in a transaction that commits when the outermost {@code write} returns and
     * rolls back, leaving the database as it was, when an exception leaves it. A nested {@code write}
     * joins that transaction without a savepoint: code that catches a failure of a nested write and
     * carries on keeps whatever that write did before failing, so let such failures propagate.
     */
    public <T> T write(Function<Handle, T> work) {
        Handle open = current.get();
        if (open != null) {
            return work.apply(open);
        }
        try (Handle handle = jdbi.open()) {
            current.set(handle);
            java.util.List<Runnable> finishing = new java.util.ArrayList<>();
            beforeCommit.set(finishing);
            try {
                return handle.inTransaction(h -> {
                    T result = work.apply(h);
                    for (int i = 0; i < finishing.size(); i++) {
                        finishing.get(i).run();
                    }
                    return result;
                });
            } finally {
                current.remove();
                beforeCommit.remove();
            }
        }
    }

    /**
     * Runs {@code work} at the end of the transaction open on the calling thread, after the rest of its
     * work and before it commits, in the same transaction (a failure rolls all of it back): how the
     * journal records what a change did. An {@link IllegalStateException} outside a {@link #write}.
     */
    public void beforeCommit(Runnable work) {
        java.util.List<Runnable> finishing = beforeCommit.get();
        if (finishing == null) {
            throw new IllegalStateException("beforeCommit needs a transaction open on this thread");
        }
        finishing.add(work);
    }

    /** {@link #write} for work with no result. */
    public void update(Consumer<Handle> work) {
        write(h -> {
            work.accept(h);
            return null;
        });
    }

    /**
     * A number that changes whenever anyone, in this process or another, commits a change to the
     * database: SQLite's {@code PRAGMA data_version}, read on a connection kept for it, which every
     * other connection's commit changes (this process writes only through other connections). Empty
     * when it cannot be known, so a caller must not rely on a cache: on PostgreSQL, and inside a
     * transaction open on the calling thread (its own changes are not committed yet).
     */
    public java.util.OptionalLong dataVersion() {
        if (dialect != Dialect.SQLITE || current.get() != null) {
            return java.util.OptionalLong.empty();
        }
        synchronized (versionLock) {
            try {
                return java.util.OptionalLong.of(sqliteDataVersion());
            } catch (java.sql.SQLException e) {
                throw new KithException("cannot read the database's data version: " + e.getMessage(), e);
            }
        }
    }

    /** SQLite's data version on the connection kept for it; the caller holds {@link #versionLock}. */
    private long sqliteDataVersion() throws java.sql.SQLException {
        if (versionConnection == null) {
            versionConnection = ((IdleConnections) dataSource).unpooled();
        }
        try (var statement = versionConnection.createStatement();
             var rs = statement.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The {@linkplain Stamps change stamps} of {@code tables} (each one of {@link Stamps#TABLES}) in book
     * {@code book}, committed by anyone in this process or another: a cache keyed on them is reused until one
     * of those tables of that book changes. Cheap: on SQLite the stamps are read again only after the data
     * version changed, on PostgreSQL in one small query. Empty inside a transaction open on the calling thread
     * (its own changes are not committed yet), so a caller must not rely on a cache there. Read the stamps
     * <em>before</em> reading what they guard: a commit that lands meanwhile then changes the next read.
     */
    public java.util.Optional<Stamps> stamps(long book, java.util.Collection<String> tables) {
        Stamps.check(tables);
        if (current.get() != null) {
            return java.util.Optional.empty();
        }
        java.util.Map<String, Long> ofBook;
        try {
            ofBook = dialect == Dialect.SQLITE ? sqliteStamps().getOrDefault(book, java.util.Map.of()) : postgresStamps(book);
        } catch (java.sql.SQLException e) {
            throw new KithException("cannot read the database's change stamps: " + e.getMessage(), e);
        }
        java.util.Map<String, Long> values = new java.util.HashMap<>();
        for (String t : tables) {
            values.put(t, ofBook.getOrDefault(t, 0L));
        }
        return java.util.Optional.of(new Stamps(book, values));
    }

    /** Every book's stamps, read again only when the data version moved since the last read. */
    private java.util.Map<Long, java.util.Map<String, Long>> sqliteStamps() throws java.sql.SQLException {
        synchronized (versionLock) {
            long version = sqliteDataVersion();
            if (version != stampsVersion) {
                java.util.Map<Long, java.util.Map<String, Long>> all = new java.util.HashMap<>();
                try (var statement = versionConnection.createStatement();
                     var rs = statement.executeQuery("SELECT book_id, name, stamp FROM change_stamps")) {
                    while (rs.next()) {
                        all.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                }
                stampsByBook = all;
                stampsVersion = version;
            }
            return stampsByBook;
        }
    }

    private java.util.Map<String, Long> postgresStamps(long book) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
             var statement = c.prepareStatement("SELECT name, stamp FROM change_stamps WHERE book_id = ?")) {
            statement.setLong(1, book);
            java.util.Map<String, Long> out = new java.util.HashMap<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        }
    }

    @Override
    public void close() {
        synchronized (versionLock) {
            if (versionConnection != null) {
                try {
                    versionConnection.close();
                } catch (java.sql.SQLException e) {
                    // closing anyway; nothing was written on this connection
                }
                versionConnection = null;
            }
        }
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        } else if (dataSource instanceof IdleConnections idle) {
            idle.close();
        }
    }

}
