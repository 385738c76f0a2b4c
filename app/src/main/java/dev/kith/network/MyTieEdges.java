package dev.kith.network;

import dev.kith.store.Database;
import dev.kith.strength.TieStrength;
import dev.kith.strength.TieStrengths;
import java.util.Map;

/**
 * Edges from me to every contact, weighted by today's tie strength (0..100, see {@code TieStrengths}):
 * the first hop of every path. A contact I never interacted with still gets an edge, of weight 0 or
 * what our history gives, so the weakest-tie ranking puts such paths last.
 */
public final class MyTieEdges implements EdgeSource {
    @Override
    public java.util.Collection<String> reads() {
        return java.util.List.of("contacts", "interaction_people");
    }

    @Override
    public void load(Database db, People people, EdgeSink sink) {
        Map<Long, TieStrength> strengths = new TieStrengths(db, people.book()).all(people.today());
        for (People.Person p : people.others()) {
            TieStrength s = strengths.get(p.contactId());
            int total = s == null ? 0 : s.total();
            sink.fromMe(p.contactId(), total, () -> reason(s, total));
        }
    }

    /** "your tie: strength 42, last contact 3 weeks ago". */
    private static String reason(TieStrength s, int total) {
        String recency = s == null ? "" : s.part("recency").explanation();
        return "your tie: strength " + total + (recency.isEmpty() ? "" : ", " + recency);
    }
}
