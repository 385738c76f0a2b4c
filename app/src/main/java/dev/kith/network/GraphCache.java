package dev.kith.network;

import dev.kith.core.KithClock;
import dev.kith.core.SingleFlight;
import dev.kith.store.Database;
import dev.kith.store.Stamps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link BookGraph} of one book, kept while the day and the {@linkplain Database#stamps change stamps}
 * of the tables it is built from are unchanged, and rebuilt lazily on the next read after a commit to one
 * of them (inside a transaction open on the calling thread every read rebuilds it). Concurrent readers of
 * the same data and day share one build ({@link SingleFlight}); a rebuild reuses the people of the last one
 * while what they are read from is unchanged, and each source's edges while what it reads is
 * ({@link EdgeRecordings}). Thread-safe.
 */
final class GraphCache {
    /** What the graph's nodes are read from (see {@link #loadPeople}). */
    private static final List<String> PEOPLE = List.of("books", "contacts", "employments", "organizations");

    /** What a graph is of: the stamps of {@link #reads} read before it was built, and the day. */
    private record Key(Stamps stamps, LocalDate today) {
    }

    /** The graph kept, with the stamps it was built under (null: unknown, never reused) and its day. */
    private record Entry(Stamps stamps, LocalDate today, BookGraph graph) {
    }

    /** The people of the last graph, with the stamps of {@link #PEOPLE} read before they were, and the day. */
    private record KeptPeople(Stamps stamps, LocalDate today, People people) {
    }

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final List<EdgeSource> sources;
    /** The tables the graph is built from: its people's and its edge sources', whose change stamps key it. */
    private final List<String> reads;
    private final AtomicReference<Entry> cached = new AtomicReference<>();
    private final SingleFlight<Key, BookGraph> builds = new SingleFlight<>();
    private final AtomicReference<KeptPeople> people = new AtomicReference<>();
    /** Each source's edges of the last build, given again while what the source reads is unchanged. */
    private final EdgeRecordings recordings;

    /** The graph of book {@code book} with the edges of {@code sources}. */
    GraphCache(Database db, long book, KithClock clock, List<EdgeSource> sources) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.sources = List.copyOf(sources);
        this.recordings = new EdgeRecordings(db);
        Set<String> reads = new TreeSet<>(PEOPLE);
        this.sources.forEach(s -> reads.addAll(s.reads()));
        this.reads = List.copyOf(reads);
    }

    /** Adds {@code tie}, just committed, to the kept graph (if any), so a search running meanwhile sees it. */
    void addTie(Tie tie) {
        Entry e = cached.get();
        if (e != null) {
            e.graph().addTie(tie);
        }
    }

    /**
     * The graph of the book today: the kept one when nothing was committed since it was built. While another
     * thread builds the graph of the same data and day, this waits for it rather than building it again.
     */
    BookGraph graph() {
        Optional<Stamps> stamps = db.stamps(book, reads);
        LocalDate today = clock.today();
        Entry e = cached.get();
        if (stamps.isPresent() && e != null && stamps.get().equals(e.stamps()) && e.today().equals(today)) {
            return e.graph();
        }
        if (stamps.isEmpty()) {
            return build(null, today);
        }
        return builds.get(new Key(stamps.get(), today), () -> build(stamps.get(), today));
    }

    /** Builds the graph of {@code today} and keeps it under {@code stamps} (null: unknown, never reused). */
    private BookGraph build(Stamps stamps, LocalDate today) {
        BookGraph graph = BookGraph.build(db, people(today), sources, recordings);
        cached.set(new Entry(stamps, today, graph));
        return graph;
    }

    /**
     * The graph's nodes today: those of the last build while nothing they are read from changed (the same
     * instance, so the sources' kept edges, numbered by these nodes, still apply), else read again.
     */
    private People people(LocalDate today) {
        Optional<Stamps> stamps = db.stamps(book, PEOPLE);
        KeptPeople k = people.get();
        if (stamps.isPresent() && k != null && k.stamps().equals(stamps.get()) && k.today().equals(today)) {
            return k.people();
        }
        People loaded = loadPeople(today);
        people.set(stamps.map(s -> new KeptPeople(s, today, loaded)).orElse(null));
        return loaded;
    }

    /** The nodes of the graph: every contact of the book but me, in id order, with their current job. */
    private People loadPeople(LocalDate today) {
        return db.read(h -> {
            Long me = h.createQuery("SELECT me_contact_id FROM books WHERE id = :book").bind("book", book)
                    .mapTo(Long.class).findOne().orElse(null);
            List<People.Person> others = new ArrayList<>();
            long[] last = {-1};
            h.createQuery("""
                            SELECT c.id, c.display_name, c.do_not_contact, c.archived, o.name AS org, o.industry, e.title
                            FROM contacts c
                            LEFT JOIN employments e ON e.book_id = c.book_id AND e.contact_id = c.id AND e.end_on IS NULL
                            LEFT JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                            WHERE c.book_id = :book ORDER BY c.id, e.id""")
                    .bind("book", book)
                    .map((rs, ctx) -> {
                        long id = rs.getLong(1);
                        if (id != last[0] && (me == null || id != me)) {
                            others.add(new People.Person(id, rs.getString(2), rs.getString(5),
                                    rs.getString(6), rs.getString(7), !rs.getBoolean(3) && !rs.getBoolean(4)));
                        }
                        last[0] = id;
                        return Boolean.TRUE;
                    }).forEach(x -> { });
            return new People(book, today, me, others);
        });
    }
}
