package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
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
 * The picture of the network: the {@code limit} people closest to me (by circle, then tie strength),
 * each with organization, circle, weight and a place in the picture ({@link NetworkLayout}: me at
 * the centre, the closest nearest; {@code named} for the closest, whose names always show), and the
 * ties among them and with me. Capping keeps the browser fast at thousands of contacts; {@code total}
 * says how many there are in all.
 */
record NetworkGraph(Me me, List<Node> nodes, List<Edge> edges, int total) {
    static final int DEFAULT_LIMIT = 300;
    static final int MAX_LIMIT = 3_000;
    /** How many of the closest people the picture names without hovering. */
    static final int NAMED = 12;

    NetworkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The user at the centre, (0, 0); {@code id} is their contact, null when none is set. */
    record Me(Long id, String name) {
    }

    /** A person; {@code weight} is their tie strength (0 to 100), {@code x, y} their place. */
    record Node(long id, String name, String organization, String circle, int weight, double x, double y,
                boolean named) {
    }

    /** A tie between two people shown, or between me and someone shown. */
    record Edge(long id, long source, long target, String kind) {
    }

    static NetworkGraph of(Kith book, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<ContactSummary> all = book.contacts().list(ContactFilter.ALL_ACTIVE);
        Map<Long, Integer> weights = Strength.tieStrengths(book, book.clock().today());
        List<ContactSummary> closest = all.stream()
                .sorted(Comparator.<ContactSummary>comparingInt(s -> s.circle().ordinal())
                        .thenComparing(Comparator.<ContactSummary>comparingInt(s -> weights.getOrDefault(s.id(), 0))
                                .reversed())
                        .thenComparing(ContactSummary::name).thenComparingLong(ContactSummary::id))
                .limit(limit)
                .toList();
        Map<Long, NetworkLayout.Place> places = NetworkLayout.place(closest);
        List<Node> nodes = new java.util.ArrayList<>(closest.size());
        for (int i = 0; i < closest.size(); i++) {
            ContactSummary s = closest.get(i);
            NetworkLayout.Place p = places.get(s.id());
            nodes.add(new Node(s.id(), s.name(), s.organization(), s.circle().code(), weights.getOrDefault(s.id(), 0),
                    p.x(), p.y(), i < NAMED));
        }
        Long meId = book.me().orElse(null);
        String meName = meId == null ? "Me" : book.contacts().find(meId).map(Contact::name).orElse("Me");
        Set<Long> shown = new HashSet<>();
        nodes.forEach(n -> shown.add(n.id()));
        if (meId != null) {
            shown.add(meId);
        }
        List<Edge> edges = book.ties().all().stream()
                .filter(t -> shown.contains(t.fromId()) && shown.contains(t.toId()))
                .map(NetworkGraph::edge).toList();
        return new NetworkGraph(new Me(meId, meName), nodes, edges, all.size());
    }

    private static Edge edge(Tie t) {
        return new Edge(t.id(), t.fromId(), t.toId(), t.kind().code());
    }
}
