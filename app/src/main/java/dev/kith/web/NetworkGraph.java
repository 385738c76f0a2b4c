package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.ValidationException;
import dev.kith.network.Tie;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The picture of the network: the {@code limit} people we have most to do with (by interactions),
 * each with organization, circle and weight, and the ties among them. Capping keeps the browser's
 * layout fast at thousands of contacts; {@code total} says how many there are in all.
 */
record NetworkGraph(List<Node> nodes, List<Edge> edges, int total) {
    static final int DEFAULT_LIMIT = 300;
    static final int MAX_LIMIT = 3_000;

    NetworkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A person; {@code weight} is the number of interactions logged with them. */
    record Node(long id, String name, String organization, String circle, int weight) {
    }

    /** A tie between two people shown. */
    record Edge(long id, long source, long target, String kind) {
    }

    static NetworkGraph of(Kith book, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<ContactSummary> all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        Map<Long, Integer> weights = Strength.tieStrengths(book, book.clock().today());
        List<Node> nodes = all.stream()
                .sorted(Comparator.<ContactSummary>comparingInt(s -> weights.getOrDefault(s.id(), 0)).reversed()
                        .thenComparing(ContactSummary::name))
                .limit(limit)
                .map(s -> new Node(s.id(), s.name(), s.organization(), s.circle().code(),
                        weights.getOrDefault(s.id(), 0)))
                .toList();
        Set<Long> shown = new HashSet<>();
        nodes.forEach(n -> shown.add(n.id()));
        List<Edge> edges = book.ties().all().stream()
                .filter(t -> shown.contains(t.fromId()) && shown.contains(t.toId()))
                .map(NetworkGraph::edge).toList();
        return new NetworkGraph(nodes, edges, all.size());
    }

    private static Edge edge(Tie t) {
        return new Edge(t.id(), t.fromId(), t.toId(), t.kind().code());
    }
}
