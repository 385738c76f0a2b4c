package dev.kith.network;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.KithClock;
import dev.kith.core.Suggest;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.network.graph.PathSearch;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm introductions for one book: the targets I want to meet, the best paths to them through my
 * network, referrals and the breadth of the network. The {@link BookGraph} is cached per book while
 * the day and the {@linkplain Database#stamps change stamps} of the tables it is built from are
 * unchanged, and is rebuilt lazily on the next read after a commit to one of them (see {@link GraphCache});
 * a tie recorded through this process is also added to the cached graph as soon as it commits, so a
 * search running meanwhile sees it. Paths are found by {@link PathFinder}. Thread-safe.
 */
public final class Network implements dev.kith.core.ContactReferences {
    /** Default and largest number of paths a search returns. */
    public static final int DEFAULT_K = 3;
    public static final int MAX_K = 20;
    /** Default and largest number of hops of a path. */
    public static final int DEFAULT_HOPS = 4;
    public static final int MAX_HOPS = 6;

    private final Database db;
    private final long book;
    private final KithClock clock;
    private final Contacts contacts;
    private final Targets targets;
    private final Referrals referrals;
    private final Breadth breadth;
    private final GraphCache graphs;
    private final PathFinder finder;

    /** The network of book {@code book}, whose graph has the edges of {@code sources}. */
    public Network(Database db, long book, KithClock clock, Contacts contacts, Ties ties, List<EdgeSource> sources) {
        this.db = db;
        this.book = book;
        this.clock = clock;
        this.contacts = contacts;
        this.targets = new Targets(db, book, clock, contacts);
        this.referrals = new Referrals(db, book, clock, contacts, ties, targets);
        this.breadth = new Breadth(db, book);
        this.graphs = new GraphCache(db, book, clock, sources);
        this.finder = new PathFinder(db, book, contacts);
        ties.onAdded(graphs::addTie);
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
        return graphs.graph();
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
            reports.add(finder.search(graph, target, k, maxHops));
        }
        return reports;
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
