package dev.kith.web;

import dev.kith.contacts.ContactSummary;
import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each person sits in the network picture: me at the centre (0, 0) and people on rings around
 * me, closest first: the innermost rings hold the first of {@code closest}, and each circle (inner,
 * close, network, acquaintance) starts a ring of its own with a wider gap. Around a ring people are
 * grouped by organization (the most common first), then by name, so colleagues sit together. No
 * randomness: the same book gives the same picture on every load.
 */
final class NetworkLayout {
    /** The first ring's radius, the gap between rings and the extra gap before a new circle. */
    static final double FIRST = 120;
    static final double GAP = 54;
    static final double CIRCLE_GAP = 30;
    /** Room each person has along a ring. */
    static final double SPACING = 42;

    private NetworkLayout() {
    }

    /** A place in the picture. */
    record Place(double x, double y) {
    }

    /** Places {@code closest}, closest first, on rings around (0, 0). */
    static Map<Long, Place> place(List<ContactSummary> closest) {
        Map<String, Integer> orgRank = organizationRanks(closest);
        Map<Long, Place> places = new HashMap<>(closest.size() * 2);
        double radius = FIRST;
        int ringIndex = 0;
        int i = 0;
        while (i < closest.size()) {
            int capacity = Math.max(1, (int) Math.floor(2 * Math.PI * radius / SPACING));
            var circle = closest.get(i).circle();
            List<ContactSummary> ring = new ArrayList<>();
            while (i < closest.size() && ring.size() < capacity && closest.get(i).circle() == circle) {
                ring.add(closest.get(i++));
            }
            ring.sort(Comparator.<ContactSummary>comparingInt(s -> orgRank.getOrDefault(orgKey(s), Integer.MAX_VALUE))
                    .thenComparing(s -> Text.key(s.name())).thenComparingLong(ContactSummary::id));
            double stagger = (ringIndex % 2) * 0.5;
            for (int k = 0; k < ring.size(); k++) {
                double angle = -Math.PI / 2 + 2 * Math.PI * (k + stagger) / ring.size();
                places.put(ring.get(k).id(), new Place(round(radius * Math.cos(angle)), round(radius * Math.sin(angle))));
            }
            ringIndex++;
            boolean newCircle = i < closest.size() && closest.get(i).circle() != circle;
            radius += GAP + (newCircle ? CIRCLE_GAP : 0);
        }
        return places;
    }

    /** Organizations by how many people shown work there, most first, then by name. */
    private static Map<String, Integer> organizationRanks(List<ContactSummary> people) {
        Map<String, Integer> counts = new HashMap<>();
        for (ContactSummary s : people) {
            String key = orgKey(s);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        return rank;
    }

    private static String orgKey(ContactSummary s) {
        return s.organization() == null ? null : Text.key(s.organization());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
