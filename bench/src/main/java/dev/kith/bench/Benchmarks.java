package dev.kith.bench;

import dev.kith.app.Kinds;
import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.Text;
import dev.kith.demo.DemoBook;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.Database;
import dev.kith.today.ActionKind;
import dev.kith.today.Today;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The speed targets, measured on a generated book: search in-process (≤ 20 ms),
 * {@code kith contacts list --json} as a fresh process (≤ 1 s, JVM start included), today's plan
 * in-process (≤ 20 ms) and {@code kith today --json} as a fresh process (≤ 1 s). Each is
 * compared with a baseline timed in the same run, because absolute times on shared machines drift.
 */
public final class Benchmarks {
    /** Search words a user might type: name and organization prefixes, interests, summary words. */
    private static final List<String> QUERIES = List.of("ana", "lima", "chen", "mig", "email migration",
            "information literacy", "library", "univ", "open access", "cio", "project", "conference", "lunch",
            "coach", "data", "sec", "preserv", "board", "alumni", "jose", "sor", "zoe", "nunez", "annual");

    private final Kith book;
    private final Function<Object, String> json;

    public Benchmarks(Kith book, Function<Object, String> json) {
        this.book = book;
        this.json = json;
    }

    /**
     * Generates the demo book at {@code people} contacts, then tops it up with deterministic emails,
     * calls and meetings until it holds {@code interactions}, and adds articles, events, introductions and
     * goals in a busy networker's proportions ({@link BookExtras}); a book that already has contacts keeps
     * them and only gets the extras it lacks. Then composes one plan, so that the vectors Today reads
     * (profiles, phrases, articles) are stored as after a user's first run. Returns the seconds spent.
     */
    public double prepare(int people, int interactions) {
        long start = System.nanoTime();
        if (book.contacts().list(ContactFilter.ALL_ACTIVE).isEmpty()) {
            book.search().deferring(() -> {
                DemoBook.generate(book, DemoBook.SEED, people);
                topUp(interactions - interactions());
                return null;
            });
        }
        BookExtras.add(book, BookExtras.SEED);
        newToday(book).plan(Today.DEFAULT_SIZE);
        return (System.nanoTime() - start) / 1e9;
    }

    private static Today newToday(Kith kith) {
        return new Today(new dev.kith.today.Sources(kith.book(), kith.contacts(), kith.interactions(),
                kith.milestones()), Kinds.standard(kith));
    }

    /** Articles, events, introductions and goals in the book, for the report. */
    public int[] extras() {
        return new int[] {count("SELECT count(*) FROM articles WHERE book_id = :book"),
                count("SELECT count(*) FROM events WHERE book_id = :book"),
                count("SELECT count(*) FROM intros WHERE book_id = :book"),
                count("SELECT count(*) FROM goals WHERE book_id = :book")};
    }

    private void topUp(int missing) {
        List<Long> ids = book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(ContactSummary::id).toList();
        java.util.SplittableRandom random = new java.util.SplittableRandom(DemoBook.SEED);
        java.time.LocalDate today = book.clock().today();
        InteractionKind[] kinds = {InteractionKind.EMAIL, InteractionKind.CALL, InteractionKind.MESSAGE,
                InteractionKind.MEETING};
        for (int i = 0; i < missing; i++) {
            InteractionKind kind = kinds[random.nextInt(kinds.length)];
            book.interactions().log(Interaction.draft(today.minusDays(random.nextInt(730)), kind,
                    random.nextBoolean() ? Initiator.ME : Initiator.THEM, kind == InteractionKind.EMAIL ? null
                            : 15 + random.nextInt(45), null, Exchange.NEUTRAL, false,
                    List.of(ids.get(random.nextInt(ids.size())))));
        }
    }

    public int contacts() {
        return count("SELECT count(*) FROM contacts WHERE book_id = :book");
    }

    public int interactions() {
        return count("SELECT count(*) FROM interactions WHERE book_id = :book");
    }

    private int count(String sql) {
        Database db = book.database();
        return db.read(h -> h.createQuery(sql).bind("book", book.id()).mapTo(Integer.class).one());
    }

    /** Full-text search, in-process, after warm-up; baseline: the same words by a LIKE scan of names and notes. */
    public List<BenchReport.Row> search(int runs) {
        for (int i = 0; i < 200; i++) {
            book.search().search(QUERIES.get(i % QUERIES.size()), 20);
            likeScan(QUERIES.get(i % QUERIES.size()));
        }
        double[] fts = new double[runs];
        double[] like = new double[runs];
        for (int i = 0; i < runs; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            long t0 = System.nanoTime();
            book.search().search(q, 20);
            long t1 = System.nanoTime();
            likeScan(q);
            long t2 = System.nanoTime();
            fts[i] = (t1 - t0) / 1e6;
            like[i] = (t2 - t1) / 1e6;
        }
        return List.of(new BenchReport.Row("search (in-process, top 20)", Stats.of(fts), 20,
                "LIKE scan of names and notes", Stats.of(like)));
    }

    /** The contact list with JSON serialization, in-process; baseline: counting the contacts. */
    public List<BenchReport.Row> listInProcess(int runs) {
        for (int i = 0; i < 5; i++) {
            json.apply(book.contacts().list(ContactFilter.ALL_ACTIVE));
        }
        double[] list = new double[runs];
        double[] countOnly = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<ContactSummary> all = book.contacts().list(ContactFilter.ALL_ACTIVE);
            json.apply(all);
            long t1 = System.nanoTime();
            contacts();
            long t2 = System.nanoTime();
            list[i] = (t1 - t0) / 1e6;
            countOnly[i] = (t2 - t1) / 1e6;
        }
        return List.of(new BenchReport.Row("contacts list + JSON (in-process)", Stats.of(list), 0,
                "SELECT count(*) of contacts", Stats.of(countOnly)));
    }

    /**
     * {@code contacts list --json} as a new process started by {@code launcher}, output discarded;
     * baseline: {@code kith --version} by the same launcher (the JVM start floor).
     */
    public List<BenchReport.Row> listProcess(Path launcher, String dbSpec, String today, int runs) {
        List<String> list = List.of(launcher.toString(), "--db", dbSpec, "--today", today, "contacts", "list", "--json");
        List<String> version = List.of(launcher.toString(), "--version");
        Processes.time(list, 2);
        Processes.time(version, 2);
        double[] listMs = new double[runs];
        double[] versionMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            listMs[i] = Processes.time(list, 1)[0];
            versionMs[i] = Processes.time(version, 1)[0];
        }
        return List.of(new BenchReport.Row("`kith contacts list --json` (new process, wall)", Stats.of(listMs), 1000,
                "`kith --version` (JVM start)", Stats.of(versionMs)));
    }

    /**
     * Today's plan of 3, in-process, after warm-up, in four rows. Fresh (the honest one): each run opens
     * a new connection to {@code dbSpec} and builds new kinds, so no snapshot, snapshot part, profile index
     * or tie-strength aggregate is reused (every such cache is kept per {@link Database} object); timed from
     * the plan call to the plan: the snapshot's queries, every part loaded, every kind proposing, ranking,
     * composing. Then, as before: composing again from one loaded snapshot by a new {@link Today}
     * (the parts loaded once are kept by the snapshot), a new snapshot through kinds built once (their
     * parts cached per snapshot, the profile index per data version), and {@link Today#plan(int)} on an
     * unchanged book (the last plan reused). Baseline for all: a {@code count(*)} of the book's interaction
     * people. {@code dbSpec} null skips the fresh row.
     */
    public List<BenchReport.Row> todayInProcess(String dbSpec, int runs) {
        List<ActionKind> kinds = Kinds.standard(book); // one set, as a book has: parts are kept per kind
        Today today = new Today(new dev.kith.today.Sources(book.book(), book.contacts(), book.interactions(), book.milestones()), kinds);
        Today fromScratch = new Today(new dev.kith.today.Sources(book.book(), book.contacts(), book.interactions(), book.milestones()), kinds);
        for (int i = 0; i < 5; i++) {
            fromScratch.plan(fromScratch.snapshot(), Today.DEFAULT_SIZE);
            today.plan(Today.DEFAULT_SIZE);
            if (dbSpec != null && i < 3) {
                freshPlan(dbSpec);
            }
        }
        double[] cached = new double[runs];
        double[] fresh = new double[runs];
        double[] scan = new double[runs];
        double[] compose = new double[runs];
        double[] cold = new double[runs];
        var loaded = fromScratch.snapshot();
        for (int i = 0; i < 5; i++) {
            new Today(new dev.kith.today.Sources(book.book(), book.contacts(), book.interactions(), book.milestones()), kinds).plan(loaded, Today.DEFAULT_SIZE);
        }
        for (int i = 0; i < runs; i++) {
            if (dbSpec != null) {
                cold[i] = freshPlan(dbSpec);
            }
            long c0 = System.nanoTime();
            new Today(new dev.kith.today.Sources(book.book(), book.contacts(), book.interactions(), book.milestones()), kinds).plan(loaded, Today.DEFAULT_SIZE);
            compose[i] = (System.nanoTime() - c0) / 1e6;
            long t0 = System.nanoTime();
            today.plan(Today.DEFAULT_SIZE);
            long t1 = System.nanoTime();
            fromScratch.plan(fromScratch.snapshot(), Today.DEFAULT_SIZE);
            long t2 = System.nanoTime();
            count("SELECT count(*) FROM interaction_people WHERE book_id = :book");
            long t3 = System.nanoTime();
            cached[i] = (t1 - t0) / 1e6;
            fresh[i] = (t2 - t1) / 1e6;
            scan[i] = (t3 - t2) / 1e6;
        }
        String baseline = "SELECT count(*) of interaction people";
        List<BenchReport.Row> rows = new ArrayList<>();
        if (dbSpec != null) {
            rows.add(new BenchReport.Row("today plan (in-process, fresh: new connection and kinds, nothing cached; "
                    + "snapshot + parts + profile index + compose)", Stats.of(cold), 0, baseline, Stats.of(scan)));
        }
        rows.add(new BenchReport.Row("today plan (in-process, snapshot loaded: every kind proposes, rank, compose)",
                Stats.of(compose), 20, baseline, Stats.of(scan)));
        rows.add(new BenchReport.Row("today plan (in-process, book unchanged: version check, last plan reused)",
                Stats.of(cached), 0, baseline, Stats.of(scan)));
        rows.add(new BenchReport.Row("today plan (in-process, new snapshot, kinds and profile index kept: load + compose)",
                Stats.of(fresh), 0, baseline, Stats.of(scan)));
        return rows;
    }

    /**
     * One plan from nothing cached: a new connection to {@code dbSpec}, the book opened on it with this
     * book's clock, new kinds and a new {@link Today}; returns the milliseconds of the plan call alone.
     */
    private double freshPlan(String dbSpec) {
        try (Database db = Database.open(dbSpec)) {
            Kith kith = Kith.open(db, book.id(), book.clock());
            Today fresh = newToday(kith);
            long t0 = System.nanoTime();
            fresh.plan(Today.DEFAULT_SIZE);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /**
     * {@code today --json} as a new process started by {@code launcher}, output discarded; baseline:
     * {@code kith --version} by the same launcher (the JVM start floor).
     */
    public List<BenchReport.Row> todayProcess(Path launcher, String dbSpec, String today, int runs) {
        List<String> plan = List.of(launcher.toString(), "--db", dbSpec, "--today", today, "today", "--json");
        List<String> version = List.of(launcher.toString(), "--version");
        Processes.time(plan, 2);
        Processes.time(version, 2);
        double[] planMs = new double[runs];
        double[] versionMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            planMs[i] = Processes.time(plan, 1)[0];
            versionMs[i] = Processes.time(version, 1)[0];
        }
        return List.of(new BenchReport.Row("`kith today --json` (new process, wall)", Stats.of(planMs), 1000,
                "`kith --version` (JVM start)", Stats.of(versionMs)));
    }

    private void likeScan(String query) {
        List<String> words = List.of(Text.words(query).split(" "));
        StringBuilder sql = new StringBuilder("SELECT id FROM contacts WHERE book_id = :book");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (lower(display_name) LIKE :w").append(i).append(" OR lower(coalesce(notes, '')) LIKE :w")
                    .append(i).append(')');
        }
        sql.append(" LIMIT 20");
        book.database().read(h -> {
            var q = h.createQuery(sql.toString()).bind("book", book.id());
            for (int i = 0; i < words.size(); i++) {
                q.bind("w" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
            }
            return q.mapTo(Long.class).list();
        });
    }

    /** Runs every measurement and returns the report. */
    public BenchReport run(String dbLabel, double generationSeconds, Path launcher, String dbSpec, String today,
                           int runs) {
        List<BenchReport.Row> rows = new ArrayList<>();
        rows.addAll(search(Math.max(runs * 20, 50)));
        rows.addAll(listInProcess(Math.max(runs, 3)));
        rows.addAll(todayInProcess(dbSpec, Math.max(runs * 2, 10)));
        if (launcher != null) {
            rows.addAll(listProcess(launcher, dbSpec, today, runs));
            rows.addAll(todayProcess(launcher, dbSpec, today, runs));
        }
        return new BenchReport(dbLabel, contacts(), interactions(), generationSeconds, rows);
    }
}
