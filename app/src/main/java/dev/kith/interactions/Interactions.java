package dev.kith.interactions;

import dev.kith.core.Dates;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import dev.kith.store.IdSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The interaction log of one book. Thread-safe. */
public final class Interactions implements dev.kith.core.ContactReferences {
    private final Database db;
    private final long book;
    private final SearchIndex search;

    public Interactions(Database db, long book, SearchIndex search) {
        this.db = db;
        this.book = book;
        this.search = search;
    }

    /** Stores {@code draft} and returns it with its id; every person must be a contact of this book. */
    public Interaction log(Interaction draft) {
        return db.write(h -> {
            List<Long> people = List.copyOf(new LinkedHashSet<>(draft.people()));
            int known = h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :book AND id IN (<ids>)")
                    .bind("book", book).bindList("ids", people).mapTo(Integer.class).one();
            if (known != people.size()) {
                throw new ValidationException("people", "every person must be a contact of this book");
            }
            long id = h.createQuery("""
                            INSERT INTO interactions (book_id, occurred_on, kind, initiator, duration_minutes, summary,
                                exchange, awaiting_reply)
                            VALUES (:book, :date, :kind, :initiator, :minutes, :summary, :exchange, :awaiting)
                            RETURNING id""")
                    .bind("book", book)
                    .bind("date", draft.date())
                    .bind("kind", draft.kind().code())
                    .bind("initiator", draft.initiator().code())
                    .bind("minutes", draft.minutes())
                    .bind("summary", Text.blankToNull(draft.summary()))
                    .bind("exchange", draft.exchange().code())
                    .bind("awaiting", draft.awaitingReply())
                    .mapTo(Long.class)
                    .one();
            var batch = h.prepareBatch("INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on,"
                    + " kind, initiator) VALUES (:book, :interaction, :contact, :date, :kind, :initiator)");
            for (long person : people) {
                batch.bind("book", book).bind("interaction", id).bind("contact", person).bind("date", draft.date())
                        .bind("kind", draft.kind().code()).bind("initiator", draft.initiator().code()).add();
            }
            batch.execute();
            if (draft.summary() != null) {
                search.reindex(people);
            }
            return new Interaction(id, draft.date(), draft.kind(), draft.initiator(), draft.minutes(),
                    Text.blankToNull(draft.summary()), draft.exchange(), draft.awaitingReply(),
                    people.stream().sorted().toList());
        });
    }

    /**
     * Replaces the stored interaction {@code changed.id()} with {@code changed} (its date, kind, initiator,
     * minutes, summary, exchange, awaiting reply and people); a {@link NotFoundException} when there is none.
     */
    public Interaction edit(Interaction changed) {
        return db.write(h -> {
            Interaction was = get(changed.id());
            List<Long> people = List.copyOf(new LinkedHashSet<>(changed.people()));
            int known = h.createQuery("SELECT count(*) FROM contacts WHERE book_id = :book AND id IN (<ids>)")
                    .bind("book", book).bindList("ids", people).mapTo(Integer.class).one();
            if (known != people.size()) {
                throw new ValidationException("people", "every person must be a contact of this book");
            }
            h.createUpdate("""
                            UPDATE interactions SET occurred_on = :date, kind = :kind, initiator = :initiator,
                                duration_minutes = :minutes, summary = :summary, exchange = :exchange,
                                awaiting_reply = :awaiting
                            WHERE book_id = :book AND id = :id""")
                    .bind("book", book).bind("id", changed.id()).bind("date", changed.date())
                    .bind("kind", changed.kind().code()).bind("initiator", changed.initiator().code())
                    .bind("minutes", changed.minutes()).bind("summary", Text.blankToNull(changed.summary()))
                    .bind("exchange", changed.exchange().code()).bind("awaiting", changed.awaitingReply()).execute();
            h.createUpdate("DELETE FROM interaction_people WHERE book_id = :book AND interaction_id = :id")
                    .bind("book", book).bind("id", changed.id()).execute();
            var batch = h.prepareBatch("INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on,"
                    + " kind, initiator) VALUES (:book, :interaction, :contact, :date, :kind, :initiator)");
            for (long person : people) {
                batch.bind("book", book).bind("interaction", changed.id()).bind("contact", person)
                        .bind("date", changed.date()).bind("kind", changed.kind().code())
                        .bind("initiator", changed.initiator().code()).add();
            }
            batch.execute();
            LinkedHashSet<Long> touched = new LinkedHashSet<>(was.people());
            touched.addAll(people);
            search.reindex(touched);
            return get(changed.id());
        });
    }

    /** Deletes interaction {@code id} (with its links to goals and events); a {@link NotFoundException} when there is none. */
    public Interaction delete(long id) {
        return db.write(h -> {
            Interaction was = get(id);
            h.createUpdate("DELETE FROM interactions WHERE book_id = :book AND id = :id")
                    .bind("book", book).bind("id", id).execute();
            search.reindex(was.people());
            return was;
        });
    }

    public Optional<Interaction> find(long id) {
        return db.read(h -> query(h, "i.id = :id", Map.of("id", id), 1).stream().findFirst());
    }

    public Interaction get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no interaction with id " + id));
    }

    /** The interactions with {@code contactId}, newest first, at most {@code limit}. */
    public List<Interaction> withContact(long contactId, int limit) {
        return db.read(h -> query(h,
                "i.id IN (SELECT interaction_id FROM interaction_people WHERE contact_id = :contact)",
                Map.of("contact", contactId), limit));
    }

    /** Interactions still awaiting my reply, oldest first. */
    public List<Interaction> awaitingReply() {
        return db.read(h -> query(h, "i.awaiting_reply = :yes", Map.of("yes", true), Integer.MAX_VALUE)).reversed();
    }

    /**
     * The interactions dated on or after {@code from}, later than today included, and the earlier ones
     * still awaiting my reply, each with its people by id, oldest first (by date, then id): what a
     * day's plan reads of the log, in one query. Durations are not read ({@code minutes} is null) and
     * a blank summary is null; an empty list when there are none.
     */
    public List<Interaction> sinceOrAwaiting(LocalDate from) {
        return db.read(h -> {
            Map<String, LocalDate> dates = new HashMap<>();
            Map<Long, Row> rows = new HashMap<>();
            Map<Long, List<Long>> peopleOf = new HashMap<>();
            h.createQuery("""
                            SELECT ip.contact_id, i.id, i.occurred_on, i.kind, i.initiator, i.exchange, i.awaiting_reply,
                                   i.summary
                            FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
                            WHERE i.book_id = :book AND i.occurred_on >= :recent
                            UNION ALL
                            SELECT ip.contact_id, i.id, i.occurred_on, i.kind, i.initiator, i.exchange, i.awaiting_reply,
                                   i.summary
                            FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
                            WHERE i.book_id = :book AND i.occurred_on < :recent AND i.awaiting_reply = :yes""")
                    .bind("book", book).bind("recent", from).bind("yes", true)
                    .map((rs, ctx) -> {
                        long id = rs.getLong(2);
                        if (!rows.containsKey(id)) {
                            rows.put(id, new Row(id, dates.computeIfAbsent(rs.getString(3), Dates::stored),
                                    InteractionKind.stored(rs.getString(4)),
                                    "them".equals(rs.getString(5)) ? Initiator.THEM : Initiator.ME,
                                    exchange(rs.getString(6)), blankAsNull(rs.getString(8)), rs.getBoolean(7)));
                        }
                        return peopleOf.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(1));
                    }).forEach(x -> { });
            return rows.values().stream()
                    .sorted(java.util.Comparator.comparing(Row::date).thenComparingLong(Row::id))
                    .map(r -> new Interaction(r.id(), r.date(), r.kind(), r.initiator(), null, r.summary(),
                            r.exchange(), r.awaiting(), peopleOf.get(r.id()).stream().sorted().toList()))
                    .toList();
        });
    }

    /** One interaction as {@link #sinceOrAwaiting} reads it, before its people are grouped. */
    private record Row(long id, LocalDate date, InteractionKind kind, Initiator initiator, Exchange exchange,
                       String summary, boolean awaiting) {
    }

    /** Null for a null or blank summary, else the summary as stored (untrimmed). */
    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Exchange exchange(String code) {
        return "gave".equals(code) ? Exchange.GAVE : "asked".equals(code) ? Exchange.ASKED
                : dev.kith.core.Coded.parse(Exchange.class, "exchange", code);
    }

    /** Marks an interaction as answered: it no longer awaits my reply. */
    public void markReplied(long id) {
        db.update(h -> {
            get(id);
            h.createUpdate("UPDATE interactions SET awaiting_reply = :no WHERE book_id = :book AND id = :id")
                    .bind("no", false).bind("book", book).bind("id", id).execute();
        });
    }

    /** Interactions on or after {@code from} and on or before {@code to}, newest first. */
    public List<Interaction> between(LocalDate from, LocalDate to) {
        return db.read(h -> query(h, "i.occurred_on >= :from AND i.occurred_on <= :to",
                Map.of("from", from, "to", to), Integer.MAX_VALUE));
    }

    /**
     * How many interactions each contact had, of the contacts {@code only} names (null: every contact);
     * a contact without interactions is absent.
     */
    public Map<Long, Integer> countsByContact(java.util.Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return Map.of();
        }
        String among = only == null ? "" : " AND " + IdSets.in(db.dialect(), "contact_id", "ids");
        Map<String, Object> ids = only == null ? Map.of() : Map.of("ids", IdSets.json(only));
        return db.read(h -> {
            Map<Long, Integer> counts = new HashMap<>();
            h.createQuery("SELECT contact_id, count(*) FROM interaction_people WHERE book_id = :book" + among
                            + " GROUP BY contact_id")
                    .bind("book", book)
                    .bindMap(ids)
                    .map((rs, ctx) -> counts.put(rs.getLong(1), rs.getInt(2)))
                    .list();
            return counts;
        });
    }

    /** How many interactions contact {@code contactId} had; 0 when none. */
    public int countWith(long contactId) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM interaction_people"
                        + " WHERE book_id = :book AND contact_id = :id")
                .bind("book", book).bind("id", contactId).mapTo(Integer.class).one());
    }

    private List<Interaction> query(Handle h, String where, Map<String, Object> params, int limit) {
        var q = h.createQuery("SELECT i.* FROM interactions i WHERE i.book_id = :book AND " + where
                + " ORDER BY i.occurred_on DESC, i.id DESC LIMIT :limit");
        q.bind("book", book).bind("limit", limit);
        params.forEach(q::bind);
        List<long[]> rows = new ArrayList<>();
        List<Interaction> shells = q.map((rs, ctx) -> {
            Integer minutes = rs.getInt("duration_minutes");
            if (rs.wasNull()) {
                minutes = null;
            }
            return new Interaction(rs.getLong("id"), Dates.stored(rs.getString("occurred_on")),
                    InteractionKind.parse("kind", rs.getString("kind")),
                    rs.getString("initiator").equals("me") ? Initiator.ME : Initiator.THEM, minutes,
                    rs.getString("summary"), dev.kith.core.Coded.parse(Exchange.class, "exchange",
                    rs.getString("exchange")), rs.getBoolean("awaiting_reply"), List.of(-1L));
        }).list();
        if (shells.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> people = new HashMap<>();
        h.createQuery("SELECT interaction_id, contact_id FROM interaction_people WHERE book_id = :book"
                        + " AND interaction_id IN (<ids>) ORDER BY contact_id")
                .bind("book", book)
                .bindList("ids", shells.stream().map(Interaction::id).toList())
                .map((rs, ctx) -> rows.add(new long[] {rs.getLong(1), rs.getLong(2)}))
                .list();
        rows.forEach(r -> people.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
        return shells.stream().map(i -> new Interaction(i.id(), i.date(), i.kind(), i.initiator(), i.minutes(),
                i.summary(), i.exchange(), i.awaitingReply(), people.getOrDefault(i.id(), List.of()))).toList();
    }

    /**
     * Marks interaction {@code id} routine: an occurrence of a recurring meeting, which keeps a tie warm
     * but calls for no follow-up or thank-you.
     */
    public void markRoutine(long id) {
        db.update(h -> h.createUpdate("UPDATE interactions SET routine = :yes WHERE book_id = :book AND id = :id")
                .bind("yes", true).bind("book", book).bind("id", id).execute());
    }

    /** Which of {@code ids} are routine interactions (see {@link #markRoutine}); an empty set for none. */
    public java.util.Set<Long> routineAmong(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return db.read(h -> java.util.Set.copyOf(h.createQuery(
                        "SELECT id FROM interactions WHERE book_id = :book AND routine = :yes AND id IN (<ids>)")
                .bind("book", book).bind("yes", true).bindList("ids", java.util.List.copyOf(ids))
                .mapTo(Long.class).list()));
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.column(h, book, "interaction_people", "contact_id", kept, gone, "interaction_id");
        });
    }

    /**
     * Planned meetings: the interactions dated after {@code today} (an invitation a plan's lunch made, a
     * meeting logged ahead), soonest first, each with its people. A plan is not yet a fact: tie strength,
     * the last contact and follow-ups count it only once its day has come, and only if it was not cancelled.
     */
    public List<Interaction> planned(LocalDate today) {
        return db.read(h -> query(h, "i.occurred_on > :today", Map.of("today", today), Integer.MAX_VALUE)).reversed();
    }

    /**
     * Cancels planned meeting {@code id}: it is removed, so it never becomes a fact (no follow-up, no
     * thank-you, no tie strength). Only a meeting dated after {@code today} can be cancelled; what happened
     * stays in the log. Returns the cancelled meeting.
     */
    public Interaction cancelPlanned(long id, LocalDate today) {
        return db.write(h -> {
            Interaction planned = get(id);
            if (!planned.date().isAfter(today)) {
                throw new ValidationException("id", "interaction " + id + " on " + planned.date()
                        + " is not a planned meeting (only one dated after today can be cancelled)");
            }
            h.createUpdate("DELETE FROM interaction_people WHERE book_id = :book AND interaction_id = :id")
                    .bind("book", book).bind("id", id).execute();
            h.createUpdate("DELETE FROM interactions WHERE book_id = :book AND id = :id")
                    .bind("book", book).bind("id", id).execute();
            if (planned.summary() != null) {
                search.reindex(planned.people());
            }
            return planned;
        });
    }
}
