package dev.kith.access;

import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/** The accounts of a team server, each with a book of its own. Thread-safe. */
public final class Users {
    /** Sign-in names: lower-case letters, digits, dot, dash and underscore, as in most systems' user names. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final int MAX_EMAIL = 254;
    private static final String COLUMNS = "id, name, email, admin, disabled, book_id, created_at";
    /** The columns {@link #user} reads, from a query that joins {@code users} as {@code u}. */
    static final String JOINED = "u.id, u.name, u.email, u.admin, u.disabled, u.book_id, u.created_at";

    private final Database db;
    private final KithClock clock;
    private final InstantSource time;

    public Users(Database db, KithClock clock, InstantSource time) {
        this.db = db;
        this.clock = clock;
        this.time = time;
    }

    /**
     * Adds an account with its password and a book: a new one named after it, or, when {@code bookName}
     * is given, that book (created if need be) as long as no other account has it.
     */
    public User add(String name, String email, boolean admin, String password, String bookName) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException("name", "use 1 to 40 lower-case letters, digits, '.', '-' or '_',"
                    + " starting with a letter or digit");
        }
        if (email == null || email.isBlank() || email.length() > MAX_EMAIL || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new ValidationException("email", "'" + email + "' is not an email address");
        }
        String hash = Passwords.hash(password);
        String book = bookName == null ? name : bookName;
        return db.write(h -> {
            if (find(h, name).isPresent()) {
                throw new ValidationException("name", "there is already an account called '" + name + "'");
            }
            Optional<Long> existing = h.createQuery("SELECT id FROM books WHERE name = :name").bind("name", book)
                    .mapTo(Long.class).findOne();
            if (existing.isPresent()) {
                Optional<String> owner = h.createQuery("SELECT name FROM users WHERE book_id = :book")
                        .bind("book", existing.get()).mapTo(String.class).findOne();
                if (owner.isPresent()) {
                    throw new ValidationException("book", "the book '" + book + "' belongs to " + owner.get());
                }
                if (bookName == null) {
                    throw new ValidationException("book", "a book called '" + book + "' already exists;"
                            + " give it to " + name + " with --existing-book " + book + ", or choose another name");
                }
            }
            long bookId = Book.open(db, book, clock).id();
            long id = h.createQuery("INSERT INTO users (name, email, admin, disabled, password_hash, book_id, created_at)"
                            + " VALUES (:name, :email, :admin, :disabled, :hash, :book, :at) RETURNING id")
                    .bind("name", name).bind("email", email.strip()).bind("admin", admin).bind("disabled", false)
                    .bind("hash", hash).bind("book", bookId).bind("at", time.millis()).mapTo(Long.class).one();
            return get(h, id);
        });
    }

    /** Every account, by name. */
    public List<User> list() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY name").map(Users::user).list());
    }

    /** The account called {@code name}, if any. */
    public Optional<User> find(String name) {
        return db.read(h -> find(h, name));
    }

    /** The account called {@code name}; a {@link NotFoundException} when there is none. */
    public User named(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("no account called '" + name + "'"));
    }

    /** The account with id {@code id}, if any. */
    public Optional<User> byId(long id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id").bind("id", id)
                .map(Users::user).findOne());
    }

    /** The account whose book is {@code book}, if any. */
    public Optional<User> ofBook(long book) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE book_id = :book")
                .bind("book", book).map(Users::user).findOne());
    }

    /** Disables or enables the account called {@code name}; disabling ends its sessions at once. */
    public User setDisabled(String name, boolean disabled) {
        return db.write(h -> {
            User user = find(h, name).orElseThrow(() -> new NotFoundException("no account called '" + name + "'"));
            h.createUpdate("UPDATE users SET disabled = :disabled WHERE id = :id")
                    .bind("disabled", disabled).bind("id", user.id()).execute();
            if (disabled) {
                h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", user.id()).execute();
            }
            return get(h, user.id());
        });
    }

    /** Sets a new password for {@code name} and ends its sessions. */
    public void setPassword(String name, String password) {
        String hash = Passwords.hash(password);
        db.update(h -> {
            User user = find(h, name).orElseThrow(() -> new NotFoundException("no account called '" + name + "'"));
            h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id").bind("hash", hash)
                    .bind("id", user.id()).execute();
            h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", user.id()).execute();
        });
    }

    /** The stored password hash of {@code name}, for signing in. */
    Optional<String> passwordHash(String name) {
        return db.read(h -> h.createQuery("SELECT password_hash FROM users WHERE name = :name").bind("name", name)
                .mapTo(String.class).findOne());
    }

    private static Optional<User> find(Handle h, String name) {
        return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE name = :name").bind("name", name)
                .map(Users::user).findOne();
    }

    private static User get(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id").bind("id", id).map(Users::user).one();
    }

    static User user(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getBoolean("admin"),
                rs.getBoolean("disabled"), rs.getLong("book_id"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
