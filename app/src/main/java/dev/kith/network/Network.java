package dev.kith.network;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.KithClock;
import dev.kith.core.Suggest;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.network.graph.GraphView;
import dev.kith.network.graph.PathSearch;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;

/**
 * Warm introductions for one book: the targets I want to meet, the best paths to them through my
 * network, referrals and the breadth of the network. The {@link BookGraph} is cached per book while
 * the day and the {@linkplain Database#stamps change stamps} of the tables it is built from are
 * unchanged, and is rebuilt lazily on the next read after a commit to one of them (inside a
 * transaction open on the calling thread every read rebuilds it); a tie recorded through this process is also added to the cached graph as soon as
 * it commits, so a search running meanwhile sees it. Thread-safe.
 */
public final class Network implements dev.kith.core.ContactReferences {
    /** Default and largest number of paths a search returns. */
    public static final int DEFAULT_K = 3;
    public static final int MAX_K = 20;
    /** Default and largest number of hops of a path. */
    public static final int DEFAULT_HOPS = 4;
    public static final int MAX_HOPS = 6;
    /** How many people a no-path answer suggests. */
    static final int SUGGESTIONS = 5;

    private record Entry(dev.kith.store.Stamps stamps, LocalDate today, BookGraph graph) {
    }

    /** What the graph's nodes are read from (see {@link #loadPeople}). */
    private static final List<String> PEOPLE = List.of("books", "contacts", "employments", "organizations");

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final Contacts contacts;
    private final Targets targets;
    private final Referrals referrals;
    private final Breadth breadth;
    private final List<EdgeSource> sources;
    /** The tables the graph is built from: its people's and its edge sources', whose change stamps key it. */
    private final List<String> reads;
    private final AtomicReference<Entry> cached = new AtomicReference<>();
    /** The graph being built for some stamps and day, which a second reader of the same waits for. */
    private final AtomicReference<Building> building = new AtomicReference<>();

    private record Building(dev.kith.store.Stamps stamps, LocalDate today,
                            java.util.concurrent.CompletableFuture<BookGraph> graph) {
    }

    /** The people of the last graph, with the stamps of {@link #PEOPLE} read before they were, and the day. */
    private record KeptPeople(dev.kith.store.Stamps stamps, LocalDate today, People people) {
    }

    private final AtomicReference<KeptPeople> people = new AtomicReference<>();
    /** Each source's edges of the last build, given again while what the source reads is unchanged. */
    private final EdgeRecordings recordings;

    /** The network of book {@code book}, whose graph has the edges of {@code sources}. */
    public Network(Database db, long book, KithClock clock, Contacts contacts, Ties ties, List<EdgeSource> sources) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.contacts = contacts;
        this.targets = new Targets(db, book, clock, contacts);
        this.referrals = new Referrals(db, book, clock, contacts, ties, targets);
        this.breadth = new Breadth(db, book);
        this.sources = List.copyOf(sources);
        this.recordings = new EdgeRecordings(db);
        java.util.Set<String> reads = new java.util.TreeSet<>(PEOPLE);
        this.sources.forEach(s -> reads.addAll(s.reads()));
        this.reads = List.copyOf(reads);
        ties.onAdded(tie -> {
            Entry e = cached.get();
            if (e != null) {
                e.graph().addTie(tie);
            }
        });
    }

    public Targets targets() {
        return targets;
    }

    public Referrals referrals() {
        return referrals;
    }

    public Breadth breadth() {
        return breadth;
    }

    /**
     * The graph of the book today: the cached one when nothing was committed since it was built. While another
     * thread builds the graph of the same data and day, this waits for it rather than building it again.
     */
    public BookGraph graph() {
        java.util.Optional<dev.kith.store.Stamps> stamps = db.stamps(book, reads);
        LocalDate today = clock.today();
        Entry e = cached.get();
        if (stamps.isPresent() && e != null && stamps.get().equals(e.stamps()) && e.today().equals(today)) {
            return e.graph();
        }
        if (stamps.isEmpty()) {
            return build(null, today);
        }
        Building mine = new Building(stamps.get(), today, new java.util.concurrent.CompletableFuture<>());
        Building running = building.compareAndExchange(null, mine);
        if (running != null) {
            return running.stamps().equals(stamps.get()) && running.today().equals(today)
                    ? dev.kith.core.Beside.join(running.graph()) : build(stamps.get(), today);
        }
        try {
            BookGraph graph = build(stamps.get(), today);
            mine.graph().complete(graph);
            return graph;
        } catch (RuntimeException | Error x) {
            mine.graph().completeExceptionally(x);
            throw x;
        } finally {
            building.compareAndSet(mine, null);
        }
    }

    /** Builds the graph of {@code today} and keeps it under {@code stamps} (null: unknown, never reused). */
    private BookGraph build(dev.kith.store.Stamps stamps, LocalDate today) {
        BookGraph graph = BookGraph.build(db, people(today), sources, recordings);
        cached.set(new Entry(stamps, today, graph));
        return graph;
    }

    /**
     * The graph's nodes today: those of the last build while nothing they are read from changed (the same
     * instance, so the sources' kept edges, numbered by these nodes, still apply), else read again.
     */
    private People people(LocalDate today) {
        java.util.Optional<dev.kith.store.Stamps> stamps = db.stamps(book, PEOPLE);
        KeptPeople k = people.get();
        if (stamps.isPresent() && k != null && k.stamps().equals(stamps.get()) && k.today().equals(today)) {
            return k.people();
        }
        People loaded = loadPeople(today);
        people.set(stamps.map(s -> new KeptPeople(s, today, loaded)).orElse(null));
        return loaded;
    }

    /**
     * The target {@code text} names, ids explicit: {@code #3} is target #3 or contact #3 (both existing is
     * an {@link AmbiguousNameException}: use {@link #resolveTarget} for the target), a bare {@code 3} is
     * contact #3 only; otherwise an active target by its person, organization, industry or role, else a
     * contact (name or unique prefix): their active target if they have one, else a new, unsaved target
     * (id 0). Nothing found is a {@link NotFoundException} naming the text.
     */
    public Target resolve(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("TARGET", "must not be blank");
        }
        String t = text.strip();
        if (t.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(t.replace("#", ""));
            java.util.Optional<Target> target = t.startsWith("#") ? targets.find(id) : java.util.Optional.empty();
            java.util.Optional<Contact> contact = contactById(id);
            if (target.isPresent() && contact.isPresent()) {
                throw new AmbiguousNameException(t, List.of("target #" + id + " " + target.get().label()
                        + " (kith path --target " + id + ")", "contact #" + id + " " + contact.get().name()
                        + " (kith path \"" + contact.get().name() + "\")"));
            }
            if (target.isPresent()) {
                return target.get();
            }
            if (contact.isPresent()) {
                return asTarget(contact.get());
            }
            boolean isTarget = targets.find(id).isPresent();
            throw new NotFoundException("no contact #" + id + (isTarget ? "; for target #" + id + " run kith path --target "
                    + id : ""));
        }
        var target = targets.lookupByName(t);
        if (target.isPresent()) {
            return target.get();
        }
        Contact c;
        try {
            c = contacts.resolve(t);
        } catch (NotFoundException e) {
            throw new NotFoundException("no target or contact named '" + t + "'" + Suggest.didYouMean(t,
                    targetAndContactNames()) + "; add one with kith target add NAME --org ORG (or --org, --industry,"
                    + " --role)");
        }
        return asTarget(c);
    }

    /**
     * For links and the API, where a number is a target's id by construction ({@code /network?path=3},
     * {@code /api/v1/paths?target=3}): target {@code 3} or {@code #3} when it exists, else {@link #resolve}.
     */
    public Target resolveTargetFirst(String text) {
        if (text != null && text.strip().matches("#?\\d{1,18}")) {
            var byId = targets.find(Long.parseLong(text.strip().replace("#", "")));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        return resolve(text);
    }

    /** Target {@code id} (any status), as {@code kith path --target ID} names it; {@link NotFoundException} otherwise. */
    public Target resolveTarget(long id) {
        return targets.get(id);
    }

    private java.util.Optional<Contact> contactById(long id) {
        try {
            Contact c = contacts.resolve(Long.toString(id));
            return c.id() == id ? java.util.Optional.of(c) : java.util.Optional.empty();
        } catch (NotFoundException | AmbiguousNameException e) {
            return java.util.Optional.empty();
        }
    }

    /** The handles of the active targets and the names of the contacts: what "did you mean" picks from. */
    private List<String> targetAndContactNames() {
        List<String> names = new ArrayList<>();
        targets.list(false).forEach(x -> names.add(x.handle()));
        contacts.basics().stream().filter(c -> !c.archived()).map(c -> c.name()).sorted().forEach(names::add);
        return names;
    }

    /** Contact {@code c} as a target: their active person target if they have one, else a new, unsaved one (id 0). */
    private Target asTarget(Contact c) {
        Long me = db.read(h -> h.createQuery("SELECT me_contact_id FROM books WHERE id = :book").bind("book", book)
                .mapTo(Long.class).findOne().orElse(null));
        if (me != null && me == c.id()) {
            throw new ValidationException("TARGET", c.name() + " is you");
        }
        for (Target t : targets.list(false)) {
            if (t.kind() == TargetKind.PERSON && t.contactId() != null && t.contactId() == c.id()) {
                return t;
            }
        }
        return new Target(0, TargetKind.PERSON, c.id(), c.name(), c.currentJob().map(j -> j.organization())
                .orElse(null), null, null, null, TargetStatus.OPEN, clock.today(), null);
    }

    /**
     * The {@code k} best paths of at most {@code maxHops} hops from me to {@code target}, ranked by
     * their weakest tie, then by length; do-not-contact and archived people are never a hop. A person
     * outside the book is reached through anyone at their organization, with a last hop to them. Time:
     * that of {@link PathSearch#bestPaths} on the book graph, plus O(n) to match the target.
     */
    public PathReport paths(Target target, int k, int maxHops) {
        return paths(List.of(target), k, maxHops).get(0);
    }

    /**
     * {@link #paths(Target, int, int)} for each of {@code targets}, in order, over one graph: where the
     * graph is rebuilt on every read (PostgreSQL) it is built once for all of them.
     */
    public List<PathReport> paths(List<Target> targets, int k, int maxHops) {
        if (k < 1 || k > MAX_K) {
            throw new ValidationException("k", "must be between 1 and " + MAX_K + ", not " + k);
        }
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new ValidationException("max-hops", "must be between 1 and " + MAX_HOPS + ", not " + maxHops);
        }
        BookGraph graph = graph();
        List<PathReport> reports = new ArrayList<>(targets.size());
        for (Target target : targets) {
            reports.add(search(graph, target, k, maxHops));
        }
        return reports;
    }

    private PathReport search(BookGraph graph, Target wanted, int k, int maxHops) {
        People people = graph.people();
        Target target = inBook(wanted, people);
        boolean outside = target.kind() == TargetKind.PERSON && target.contactId() == null;
        IntPredicate isTarget = matcher(target, people);
        if (target.kind() == TargetKind.ROLE && target.organization() != null && none(isTarget, people)) {
            // no one in the book holds the role there: anyone who works there now can point the way
            isTarget = matcher(new Target(0, TargetKind.ORGANIZATION, null, null, target.organization(), null, null,
                    null, TargetStatus.OPEN, target.createdOn(), null), people);
            outside = true;
        }
        int hops = outside ? maxHops - 1 : maxHops;
        List<IntroPath> paths = new ArrayList<>();
        if (hops >= 1) {
            GraphView view = graph.view();
            IntPredicate usable = node -> node != People.ME && people.person(node).usable();
            for (PathSearch.Path p : PathSearch.bestPaths(view, People.ME, isTarget, usable, k, hops)) {
                paths.add(explain(graph, view, p, target, outside));
            }
        }
        return new PathReport(target, paths, paths.isEmpty() ? suggestions(graph, target) : List.of());
    }

    /**
     * A person target not linked to a contact, when one usable contact has that name (at its
     * organization, else the only one so named): that contact, so no path passes through them to
     * themselves. Any other target as it is.
     */
    private static Target inBook(Target t, People people) {
        if (t.kind() != TargetKind.PERSON || t.contactId() != null) {
            return t;
        }
        String name = Text.key(t.name());
        String org = t.organization() == null ? null : Text.key(t.organization());
        List<Integer> named = new ArrayList<>();
        List<Integer> there = new ArrayList<>();
        for (int n = 1; n < people.size(); n++) {
            if (people.person(n).usable() && Text.key(people.person(n).name()).equals(name)) {
                named.add(n);
                if (org != null && org.equals(people.organizationKey(n))) {
                    there.add(n);
                }
            }
        }
        List<Integer> pick = there.size() == 1 ? there : named.size() == 1 ? named : List.of();
        if (pick.isEmpty()) {
            return t;
        }
        People.Person p = people.person(pick.get(0));
        return new Target(t.id(), t.kind(), p.contactId(), p.name(), t.organization(), t.industry(), t.role(), t.note(),
                t.status(), t.createdOn(), t.askedOn());
    }

    private static boolean none(IntPredicate match, People people) {
        for (int n = 1; n < people.size(); n++) {
            if (match.test(n)) {
                return false;
            }
        }
        return true;
    }

    private static IntroPath explain(BookGraph graph, GraphView view, PathSearch.Path p, Target target, boolean outside) {
        People people = graph.people();
        int[] nodes = p.nodes();
        List<IntroPath.Hop> hops = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.length; i++) {
            BookGraph.Edge e = BookGraph.edge(graph, view, nodes[i], nodes[i + 1]);
            hops.add(new IntroPath.Hop(id(people, nodes[i]), people.person(nodes[i]).name(), id(people, nodes[i + 1]),
                    people.person(nodes[i + 1]).name(), e == null ? "" : e.reason()));
        }
        if (outside) {
            People.Person last = people.person(nodes[nodes.length - 1]);
            hops.add(target.kind() == TargetKind.ROLE
                    ? new IntroPath.Hop(last.contactId(), last.name(), null, target.label(),
                            last.name() + " works at " + last.organization() + " and can point you to its " + target.role())
                    : new IntroPath.Hop(last.contactId(), last.name(), null, target.name(),
                            last.name() + " works at " + last.organization() + ", where " + target.name() + " works"));
        }
        return new IntroPath(p.weakest(), hops);
    }

    private static Long id(People people, int node) {
        return node == People.ME ? null : people.person(node).contactId();
    }

    /**
     * Which nodes reach the target: the person, or the usable people at its organization, industry or
     * role. Matching is decided for every node once, in O(n), so the search tests an array.
     */
    static IntPredicate matcher(Target t, People people) {
        if (t.kind() == TargetKind.PERSON && t.contactId() != null) {
            int node = people.node(t.contactId());
            return n -> n == node && n != People.ME;
        }
        String org = t.organization() == null ? null : Text.key(t.organization());
        String industry = t.industry() == null ? null : Text.key(t.industry());
        List<String> role = t.role() == null ? List.of() : Arrays.asList(Text.words(t.role()).split(" "));
        boolean[] match = new boolean[people.size()];
        for (int n = 1; n < match.length; n++) {
            match[n] = people.person(n).usable()
                    && (org == null || org.equals(people.organizationKey(n)))
                    && (industry == null || industry.equals(people.industryKey(n)))
                    && (role.isEmpty() || people.titleWords(n).containsAll(role));
        }
        return n -> match[n];
    }

    /**
     * Usable contacts who work at the target's organization now, then those who worked there, then those
     * in its industry, each strongest first.
     */
    private List<PathReport.Suggestion> suggestions(BookGraph graph, Target t) {
        People people = graph.people();
        String org = t.organization();
        if (t.kind() == TargetKind.PERSON && t.contactId() != null) {
            int node = people.node(t.contactId());
            org = node > 0 ? people.person(node).organization() : org;
        }
        String orgName = org;
        String industry = t.industry() != null ? t.industry() : org == null ? null : contacts.organizations().stream()
                .filter(o -> Text.key(o.name()).equals(Text.key(orgName))).map(o -> o.industry())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        int[] strength = new int[people.size()];
        graph.view().forEachNeighbor(People.ME, (n, w, label) -> strength[n] = Math.max(strength[n], w));
        List<PathReport.Suggestion> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        if (t.contactId() != null) {
            seen.add(t.contactId());
        }
        if (org != null) {
            String key = Text.key(org);
            List<People.Person> there = new ArrayList<>(people.others().stream()
                    .filter(p -> p.usable() && p.organization() != null && Text.key(p.organization()).equals(key))
                    .toList());
            there.sort(Comparator.comparingInt(p -> -strength[people.node(p.contactId())]));
            for (People.Person p : there) {
                if (seen.add(p.contactId())) {
                    out.add(new PathReport.Suggestion(p.contactId(), p.name(), "works at " + orgName + " now"));
                }
            }
        }
        if (org != null) {
            List<long[]> former = db.read(h -> h.createQuery("""
                            SELECT e.contact_id, e.end_on FROM employments e
                            JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                            WHERE e.book_id = :book AND o.name_key = :org AND e.end_on IS NOT NULL ORDER BY e.end_on DESC""")
                    .bind("book", book).bind("org", Text.key(orgName))
                    .map((rs, ctx) -> new long[] {rs.getLong(1), dev.kith.core.Dates.stored(rs.getString(2)).getYear()})
                    .list());
            former.stream().filter(r -> usable(people, r[0]))
                    .sorted(Comparator.comparingInt((long[] r) -> -strength[people.node(r[0])]))
                    .forEach(r -> {
                        if (seen.add(r[0])) {
                            out.add(new PathReport.Suggestion(r[0], people.person(people.node(r[0])).name(),
                                    "worked at " + orgName + " until " + r[1]));
                        }
                    });
        }
        if (industry != null) {
            String key = Text.key(industry);
            List<People.Person> inIndustry = new ArrayList<>(people.others().stream()
                    .filter(p -> p.usable() && p.industry() != null && Text.key(p.industry()).equals(key)).toList());
            inIndustry.sort(Comparator.comparingInt(p -> -strength[people.node(p.contactId())]));
            for (People.Person p : inIndustry) {
                if (seen.add(p.contactId())) {
                    out.add(new PathReport.Suggestion(p.contactId(), p.name(), "works in " + industry
                            + (p.organization() == null ? "" : " at " + p.organization())));
                }
            }
        }
        return out.size() > SUGGESTIONS ? out.subList(0, SUGGESTIONS) : out;
    }

    private static boolean usable(People people, long contactId) {
        int n = people.node(contactId);
        return n > People.ME && people.person(n).usable();
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

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.column(h, book, "targets", "contact_id", kept, gone);
            dev.kith.store.Repoint.column(h, book, "asks", "contact_id", kept, gone);
            dev.kith.store.Repoint.column(h, book, "asks", "suggested_id", kept, gone);
        });
    }
}
