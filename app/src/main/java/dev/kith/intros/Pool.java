package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.strength.TieStrength;
import dev.kith.strength.TieStrengths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Every contact of a book as {@link Suggestions} sees them before pairing anyone: in id order (a
 * contact's <em>row</em> is its position), whether the plan may propose them (not do-not-contact,
 * not archived, not me) and my tie strength to them today. Small: three values per contact, so
 * that the costly parts (profiles, pairs) are read only for the people actually paired. Immutable.
 */
public final class Pool {
    /** One contact: {@code strength} is today's tie strength total (see {@link TieStrength#total()}). */
    public record Member(long id, boolean reachable, int strength) {
    }

    private final long[] ids;
    private final boolean[] reachable;
    private final double[] strengths;
    private final int reachableCount;

    private Pool(List<Member> members) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingLong(Member::id));
        ids = new long[sorted.size()];
        reachable = new boolean[sorted.size()];
        strengths = new double[sorted.size()];
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            Member m = sorted.get(i);
            if (i > 0 && ids[i - 1] == m.id()) {
                throw new IllegalArgumentException("contact " + m.id() + " is in the pool twice");
            }
            ids[i] = m.id();
            reachable[i] = m.reachable();
            strengths[i] = m.strength();
            count += m.reachable() ? 1 : 0;
        }
        reachableCount = count;
    }

    /** The pool of exactly {@code members}, every contact of the book (ids unique, in any order). */
    public static Pool of(Collection<Member> members) {
        return new Pool(List.copyOf(members));
    }

    /** The pool of {@code book} on {@code today}: one query over the contacts, and the book's tie strengths. */
    public static Pool load(Book book, LocalDate today) {
        long me = book.me().orElse(-1L);
        var strengths = new TieStrengths(book.database(), book.id()).all(today);
        List<Member> members = book.database().read(h -> h.createQuery(
                        "SELECT id, do_not_contact, archived FROM contacts WHERE book_id = :b")
                .bind("b", book.id())
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    TieStrength s = strengths.get(id);
                    return new Member(id, !rs.getBoolean(2) && !rs.getBoolean(3) && id != me, s == null ? 0 : s.total());
                }).list());
        return new Pool(members);
    }

    /** How many contacts, reachable or not. */
    public int size() {
        return ids.length;
    }

    /** The contact id of row {@code row}. */
    public long id(int row) {
        return ids[row];
    }

    /** The row of contact {@code id}, or -1 when the book has no such contact. O(log n). */
    public int row(long id) {
        int row = Arrays.binarySearch(ids, id);
        return row < 0 ? -1 : row;
    }

    public boolean reachable(int row) {
        return reachable[row];
    }

    /** My tie strength to the contact of row {@code row}, by row: the array is shared, do not change it. */
    double[] strengths() {
        return strengths;
    }

    /** How many contacts are reachable. */
    public int reachableCount() {
        return reachableCount;
    }

    /**
     * Which rows are among the {@code people} reachable contacts I am closest to (by tie strength,
     * then id); all reachable rows when there are no more than {@code people}.
     */
    boolean[] closest(int people) {
        boolean[] among = new boolean[ids.length];
        // Strengths are whole numbers and rows are in id order: one primitive sort of (−strength, row).
        long[] order = new long[reachableCount];
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (reachable[i]) {
                order[k++] = ((long) -(int) strengths[i] << 32) | i;
            }
        }
        if (order.length > people) {
            Arrays.sort(order);
        }
        for (int j = 0; j < Math.min(people, order.length); j++) {
            among[(int) order[j]] = true;
        }
        return among;
    }
}
