package dev.kith.network;

import dev.kith.contacts.Contacts;
import dev.kith.core.Dates;
import dev.kith.core.Text;
import dev.kith.network.graph.GraphView;
import dev.kith.network.graph.PathSearch;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The best paths from me to one target over a {@link BookGraph}, each hop explained, and when there is
 * none, the people who could point the way instead (see {@link Network#paths}). Thread-safe.
 */
final class PathFinder {
    /** How many people a no-path answer suggests. */
    static final int SUGGESTIONS = 5;

    private final Database db;
    private final long book;
    private final Contacts contacts;

    PathFinder(Database db, long book, Contacts contacts) {
        this.db = db;
        this.book = book;
        this.contacts = contacts;
    }

    /** The {@code k} best paths of at most {@code maxHops} hops to {@code wanted} over {@code graph} (see {@link Network#paths}). */
    PathReport search(BookGraph graph, Target wanted, int k, int maxHops) {
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
                .filter(Objects::nonNull).findFirst().orElse(null);
        int[] strength = new int[people.size()];
        graph.view().forEachNeighbor(People.ME, (n, w, label) -> strength[n] = Math.max(strength[n], w));
        List<PathReport.Suggestion> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
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
                    .map((rs, ctx) -> new long[] {rs.getLong(1), Dates.stored(rs.getString(2)).getYear()})
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
}
