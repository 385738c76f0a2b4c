package dev.kith.embeddings;

import dev.kith.book.Book;
import dev.kith.core.Coded;
import dev.kith.core.Dates;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.IdSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the contacts' {@link Profile}s of a book in a handful of queries: of every contact, or of some
 * (each query then restricted to their ids, see {@link IdSets}).
 */
public final class Profiles {
    /** How far back a milestone counts as recent for matching. */
    public static final int RECENT_DAYS = 45;

    private Profiles() {
    }

    /** Every contact of {@code book} as of {@code today}, ordered by id. */
    public static List<Profile> load(Book book, LocalDate today) {
        return load(book, today, null);
    }

    /** The contacts {@code only} names (null: every contact) of {@code book} as of {@code today}, ordered by id. */
    public static List<Profile> load(Book book, LocalDate today, Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        long me = book.me().orElse(-1L);
        String among = only == null ? "" : " AND " + IdSets.in(book.database().dialect(), "contact_id", "ids");
        Map<String, Object> ids = only == null ? Map.of() : Map.of("ids", IdSets.json(only));
        return book.database().read(h -> {
            Map<Long, List<String>> interests = new HashMap<>();
            h.createQuery("SELECT contact_id, interest FROM contact_interests WHERE book_id = :b" + among
                            + " ORDER BY interest")
                    .bind("b", book.id()).bindMap(ids)
                    .map((rs, ctx) -> interests.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .forEach(x -> { });
            Map<Long, List<String>> tags = new HashMap<>();
            h.createQuery("SELECT contact_id, tag FROM contact_tags WHERE book_id = :b" + among + " ORDER BY tag")
                    .bind("b", book.id()).bindMap(ids)
                    .map((rs, ctx) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .forEach(x -> { });
            Map<Long, String[]> jobs = new HashMap<>();
            h.createQuery("SELECT e.contact_id, e.title, o.name, o.industry, o.id FROM employments e"
                            + " LEFT JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id"
                            + " WHERE e.book_id = :b" + among.replace("contact_id", "e.contact_id")
                            + " AND e.end_on IS NULL ORDER BY e.start_on, e.id")
                    .bind("b", book.id()).bindMap(ids)
                    .map((rs, ctx) -> jobs.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)}))
                    .forEach(x -> { });
            Map<Long, List<Profile.Recent>> recent = new HashMap<>();
            h.createQuery("SELECT contact_id, kind, occurred_on, text FROM milestones WHERE book_id = :b" + among
                            + " AND occurred_on > :from AND occurred_on <= :today ORDER BY occurred_on DESC, id DESC")
                    .bind("b", book.id()).bindMap(ids).bind("from", today.minusDays(RECENT_DAYS)).bind("today", today)
                    .map((rs, ctx) -> recent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Profile.Recent(
                            Coded.parse(MilestoneKind.class, "kind", rs.getString(2)), Dates.stored(rs.getString(3)),
                            rs.getString(4))))
                    .forEach(x -> { });
            Map<Long, Profile> out = new LinkedHashMap<>();
            h.createQuery("SELECT id, display_name, given_name, notes, location, do_not_contact, archived FROM contacts"
                            + " WHERE book_id = :b" + among.replace("contact_id", "id") + " ORDER BY id")
                    .bind("b", book.id()).bindMap(ids)
                    .map((rs, ctx) -> {
                        long id = rs.getLong(1);
                        String name = rs.getString(2);
                        String given = rs.getString(3);
                        String[] job = jobs.getOrDefault(id, new String[4]);
                        boolean reachable = !rs.getBoolean(6) && !rs.getBoolean(7) && id != me;
                        return out.put(id, new Profile(id, name, given != null ? given : name.split(" ")[0], reachable,
                                interests.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()), rs.getString(4),
                                job[0], job[1], job[3] == null ? null : Long.valueOf(job[3]), job[2], rs.getString(5),
                                recent.getOrDefault(id, List.of())));
                    })
                    .forEach(x -> { });
            return List.copyOf(out.values());
        });
    }
}
