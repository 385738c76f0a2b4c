package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.demo.DemoBook;
import dev.kith.store.DataLocation;
import dev.kith.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What one command invocation works with: the open book, the clock, and the output, chosen from
 * the global options. Close it when the command is done.
 */
final class Session implements AutoCloseable {
    private final Database database;
    private final Kith book;
    private final PrintWriter out;
    private final boolean json;
    private final Path demoFolder;

    private Session(Database database, Kith book, PrintWriter out, boolean json, Path demoFolder) {
        this.database = database;
        this.book = book;
        this.out = out;
        this.json = json;
        this.demoFolder = demoFolder;
    }

    /** Opens the session for the command described by {@code spec}. */
    static Session open(CommandSpec spec) {
        KithCommand root = (KithCommand) spec.root().userObject();
        KithClock clock = root.today == null ? KithClock.system() : KithClock.fixed(root.today);
        PrintWriter out = spec.commandLine().getOut();
        if (root.demo) {
            if (root.db != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--demo and --db cannot be used together: the demo book never touches your data");
            }
            Path folder = tempFolder();
            Database db = Database.open(folder.resolve("demo.db").toString());
            Kith book = Kith.open(db, Book.DEFAULT, clock);
            DemoBook.generate(book, DemoBook.SEED, DemoBook.DEFAULT_PEOPLE);
            return new Session(db, book, out, root.json, folder);
        }
        Database db = openDatabase(spec);
        try {
            return new Session(db, Kith.open(db, root.book, clock), out, root.json, null);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens the database the global options name (without a book), for commands that work on the whole server. */
    static Database openDatabase(CommandSpec spec) {
        KithCommand root = (KithCommand) spec.root().userObject();
        if (root.demo) {
            throw new KithException("--demo is a book for trying Kith; accounts and servers need a real database (--db)");
        }
        if (root.db != null) {
            checkPath(root.db, root.create);
            return Database.open(root.db);
        }
        // the default location is created on first use
        return Database.open(DataLocation.defaultSpec(System.getenv(), System.getProperty("user.home")));
    }

    /**
     * Refuses a {@code --db} file path whose folder does not exist (unless {@code create}), and one that
     * names a folder or a file that is not an SQLite database, each in one line; URLs pass.
     */
    static void checkPath(String spec, boolean create) {
        if (spec.isBlank() || spec.startsWith("jdbc:")) {
            return;
        }
        Path file = Path.of(spec).toAbsolutePath();
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder) && !create) {
            throw new KithException("--db " + spec + ": the folder " + folder + " does not exist; check the path,"
                    + " or add --create to make it");
        }
        if (Files.isDirectory(file)) {
            throw new KithException("--db " + spec + " is a folder; give the database file, e.g. " + file.resolve("kith.db"));
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                byte[] header = new byte[16];
                int read;
                try (var in = Files.newInputStream(file)) {
                    read = in.readNBytes(header, 0, header.length);
                }
                String magic = new String(header, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!magic.equals("SQLite format 3\0")) {
                    throw new KithException("--db " + spec + " is not a Kith database (not an SQLite file)");
                }
            }
        } catch (IOException e) {
            throw new KithException("--db " + spec + ": cannot read it: " + e.getMessage(), e);
        }
    }

    /** The clock the global options fix ({@code --today}), else the system's. */
    static KithClock clock(CommandSpec spec) {
        KithCommand root = (KithCommand) spec.root().userObject();
        return root.today == null ? KithClock.system() : KithClock.fixed(root.today);
    }

    Kith book() {
        return book;
    }

    boolean json() {
        return json;
    }

    PrintWriter out() {
        return out;
    }

    /** Prints {@code value} as JSON. */
    void printJson(Object value) {
        Json.write(value, out);
    }

    @Override
    public void close() {
        database.close();
        if (demoFolder != null) {
            try (var files = Files.walk(demoFolder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder; the OS cleans it up
            }
        }
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("kith-demo");
        } catch (IOException e) {
            throw new KithException("cannot create a temporary folder for the demo book: " + e.getMessage(), e);
        }
    }
}
