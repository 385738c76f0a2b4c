package dev.kith.network;

import dev.kith.store.Database;

/**
 * Edges from how I met people: a contact I met through another ({@code met_through}) is linked to
 * them with weight {@value #WEIGHT}, "you met Cy through Ana". Links through the "me" contact are
 * left out: my own ties are {@link MyTieEdges}'.
 */
public final class MetThroughEdges implements EdgeSource {
    static final int WEIGHT = 45;

    @Override
    public java.util.Collection<String> reads() {
        return java.util.List.of("contacts");
    }

    @Override
    public void load(Database db, People people, EdgeSink sink) {
        db.read(h -> h.createQuery("SELECT id, met_through_id FROM contacts WHERE book_id = :book"
                        + " AND met_through_id IS NOT NULL ORDER BY id")
                .bind("book", people.book())
                .map((rs, ctx) -> {
                    long contact = rs.getLong(1);
                    long through = rs.getLong(2);
                    int a = people.node(contact);
                    int b = people.node(through);
                    if (a > People.ME && b > People.ME) {
                        String met = people.person(a).name();
                        String via = people.person(b).name();
                        sink.edge(through, contact, WEIGHT, () -> "you met " + met + " through " + via);
                    }
                    return contact;
                }).list());
    }
}
