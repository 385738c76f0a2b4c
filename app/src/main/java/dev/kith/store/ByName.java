package dev.kith.store;

import dev.kith.core.AmbiguousNameException;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.util.List;

/**
 * Finds one named record of a book (an event, a group, a goal) from what a user typed: a number is
 * an id; otherwise the exact name ignoring case and accents, else a unique prefix of the name.
 * Several matches are an {@link AmbiguousNameException} listing them; none a {@link NotFoundException}.
 */
public final class ByName {
    private record Row(long id, String name) {
    }

    private ByName() {
    }

    /**
     * The id of the record of {@code table} that {@code text} names; {@code keyColumn} holds the
     * {@link Text#key} of {@code nameColumn}, and {@code what} ("event") words the messages.
     */
    public static long resolve(Database db, long book, String table, String nameColumn, String keyColumn,
                               String what, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(what, "must not be blank");
        }
        String trimmed = text.strip();
        return db.read(h -> {
            if (trimmed.matches("#?\\d{1,18}")) {
                long id = Long.parseLong(trimmed.replace("#", ""));
                boolean found = h.createQuery("SELECT count(*) FROM " + table + " WHERE book_id = :book AND id = :id")
                        .bind("book", book).bind("id", id).mapTo(Integer.class).one() > 0;
                if (found) {
                    return id;
                }
            }
            String key = Text.key(trimmed);
            List<Row> exact = h.createQuery("SELECT id, " + nameColumn + " FROM " + table
                            + " WHERE book_id = :book AND " + keyColumn + " = :key ORDER BY id")
                    .bind("book", book).bind("key", key).map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2))).list();
            List<Row> rows = exact.isEmpty() ? h.createQuery("SELECT id, " + nameColumn + " FROM " + table
                            + " WHERE book_id = :book AND substr(" + keyColumn + ", 1, :len) = :key ORDER BY id")
                    .bind("book", book).bind("key", key).bind("len", key.length())
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2))).list() : exact;
            if (rows.size() == 1) {
                return rows.getFirst().id();
            }
            if (rows.isEmpty()) {
                throw new NotFoundException("no " + what + " named '" + trimmed + "'");
            }
            throw new AmbiguousNameException(trimmed, rows.stream().map(r -> r.name() + " (#" + r.id() + ")").toList());
        });
    }
}
