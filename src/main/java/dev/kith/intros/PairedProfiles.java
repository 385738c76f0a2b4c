package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.core.Coded;
import dev.kith.core.Dates;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Profiles;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.IdSets;
import org.jdbi.v3.core.Handle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Profile}s of the people {@link Suggestions} pairs, by row of a {@link Pool}: when they
 * are a few hundred of a large book, read with queries restricted to them (the same rows and order as
 * {@link Profiles#load}, which reads every contact), else by {@link Profiles#load}.
 */
final class PairedProfiles {
    /** Up to this many people, the queries look them up (see {@link IdSets}); beyond, reading the whole book is cheaper. */
    static final int MAX_NAMED = 2000;

    private PairedProfiles() {
    }

    /** The profiles of the rows marked in {@code among}, indexed by row; null for every other row. */
    static Profile[] load(Book book, LocalDate today, Pool pool, boolean[] among) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < among.length; i++) {
            if (among[i]) {
                ids.add(pool.id(i));
            }
        }
        Profile[] out = new Profile[pool.size()];
        List<Profile> loaded = ids.size() > MAX_NAMED ? Profiles.load(book, today) : named(book, today, ids);
        for (Profile p : loaded) {
            int row = pool.row(p.id());
            if (row >= 0 && among[row]) {
                out[row] = p;
            }
        }
        return out;
    }

    /** {@link Profiles#load} of the contacts {@code ids} only. */
    static List<Profile> named(Book book, LocalDate today, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long me = book.me().orElse(-1L);
        String in = IdSets.list(book.database().dialect(), "ids");
        String set = IdSets.json(ids);
        return book.database().read(h -> {
            Map<Long, List<String>> interests = new HashMap<>();
            query(h, book, set, "SELECT contact_id, interest FROM contact_interests WHERE book_id = :b"
                    + " AND contact_id IN " + in + " ORDER BY interest")
                    .map((rs, ctx) -> interests.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .forEach(x -> { });
            Map<Long, List<String>> tags = new HashMap<>();
            query(h, book, set, "SELECT contact_id, tag FROM contact_tags WHERE book_id = :b"
                    + " AND contact_id IN " + in + " ORDER BY tag")
                    .map((rs, ctx) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .forEach(x -> { });
            Map<Long, String[]> jobs = new HashMap<>();
            query(h, book, set, "SELECT e.contact_id, e.title, o.name, o.industry, o.id FROM employments e"
                    + " LEFT JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id"
                    + " WHERE e.book_id = :b AND e.contact_id IN " + in + " AND e.end_on IS NULL ORDER BY e.start_on, e.id")
                    .map((rs, ctx) -> jobs.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)}))
                    .forEach(x -> { });
            Map<Long, List<Profile.Recent>> recent = new HashMap<>();
            query(h, book, set, "SELECT contact_id, kind, occurred_on, text FROM milestones WHERE book_id = :b"
                    + " AND contact_id IN " + in + " AND occurred_on > :from AND occurred_on <= :today"
                    + " ORDER BY occurred_on DESC, id DESC")
                    .bind("from", today.minusDays(Profiles.RECENT_DAYS)).bind("today", today)
                    .map((rs, ctx) -> recent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Profile.Recent(
                            Coded.parse(MilestoneKind.class, "kind", rs.getString(2)), Dates.stored(rs.getString(3)),
                            rs.getString(4))))
                    .forEach(x -> { });
            return query(h, book, set, "SELECT id, display_name, given_name, notes, location, do_not_contact, archived"
                    + " FROM contacts WHERE book_id = :b AND id IN " + in + " ORDER BY id")
                    .map((rs, ctx) -> {
                        long id = rs.getLong(1);
                        String name = rs.getString(2);
                        String given = rs.getString(3);
                        String[] job = jobs.getOrDefault(id, new String[4]);
                        boolean reachable = !rs.getBoolean(6) && !rs.getBoolean(7) && id != me;
                        return new Profile(id, name, given != null ? given : name.split(" ")[0], reachable,
                                interests.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()), rs.getString(4),
                                job[0], job[1], job[3] == null ? null : Long.valueOf(job[3]), job[2], rs.getString(5),
                                recent.getOrDefault(id, List.of()));
                    }).list();
        });
    }

    private static org.jdbi.v3.core.statement.Query query(Handle h, Book book, String ids, String sql) {
        return h.createQuery(sql).bind("b", book.id()).bind("ids", ids);
    }
}
