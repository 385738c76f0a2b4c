package dev.kith.store;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Moves a book's rows from one contact to another, for merging two contacts: the statements every
 * feature store runs on its own tables. Runs in the caller's transaction.
 */
public final class Repoint {
    private Repoint() {
    }

    /**
     * Makes {@code column} of {@code table} say {@code kept} where it says {@code gone}; a row that would
     * then equal one of {@code kept}'s in {@code column} and all of {@code sameIn} is deleted instead.
     */
    public static void column(Handle h, long book, String table, String column, long kept, long gone,
                              String... sameIn) {
        if (sameIn.length > 0) {
            String same = List.of(sameIn).stream().map(c -> "x." + c + " = " + table + "." + c)
                    .collect(Collectors.joining(" AND "));
            h.createUpdate("DELETE FROM " + table + " WHERE book_id = :book AND " + column + " = :gone AND EXISTS"
                            + " (SELECT 1 FROM " + table + " x WHERE x.book_id = :book AND x." + column + " = :kept AND "
                            + same + ")")
                    .bind("book", book).bind("kept", kept).bind("gone", gone).execute();
        }
        h.createUpdate("UPDATE " + table + " SET " + column + " = :kept WHERE book_id = :book AND " + column + " = :gone")
                .bind("book", book).bind("kept", kept).bind("gone", gone).execute();
    }

    /** Deletes the rows of {@code table} that join {@code kept} and {@code gone} through columns {@code a} and {@code b}. */
    public static void dropBetween(Handle h, long book, String table, String a, String b, long kept, long gone) {
        h.createUpdate("DELETE FROM " + table + " WHERE book_id = :book AND ((" + a + " = :kept AND " + b + " = :gone)"
                        + " OR (" + a + " = :gone AND " + b + " = :kept))")
                .bind("book", book).bind("kept", kept).bind("gone", gone).execute();
    }
}
