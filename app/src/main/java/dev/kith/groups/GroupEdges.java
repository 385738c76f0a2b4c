package dev.kith.groups;

import dev.kith.network.EdgeSink;
import dev.kith.network.EdgeSource;
import dev.kith.network.People;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Network edges between co-members of a group, "co-members of ALA since 2024", weight {@value #WEIGHT}:
 * a shared group is a weak tie, weaker than colleagues or an explicit tie. Groups of more than
 * {@value #MAX_MEMBERS} members are left out: in a large association two members rarely know each
 * other, and the pairs would grow with the square of its size.
 */
public final class GroupEdges implements EdgeSource {
    public static final int WEIGHT = 20;
    static final int MAX_MEMBERS = 100;

    private record Member(long group, String name, long contact, String since) {
    }

    @Override
    public java.util.Collection<String> reads() {
        return java.util.List.of("professional_groups", "group_members");
    }

    @Override
    public void load(Database db, People people, EdgeSink sink) {
        List<Member> members = db.read(h -> h.createQuery("""
                        SELECT m.group_id, g.name, m.contact_id, m.since FROM group_members m
                        JOIN professional_groups g ON g.book_id = m.book_id AND g.id = m.group_id
                        WHERE m.book_id = :book AND m.group_id IN (
                            SELECT group_id FROM group_members WHERE book_id = :book
                            GROUP BY group_id HAVING count(*) <= :max)
                        ORDER BY m.group_id, m.contact_id""")
                .bind("book", people.book()).bind("max", MAX_MEMBERS)
                .map((rs, ctx) -> new Member(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list());
        List<Member> group = new ArrayList<>();
        for (int i = 0; i <= members.size(); i++) {
            if (i == members.size() || !group.isEmpty() && group.getFirst().group() != members.get(i).group()) {
                pairs(group, sink);
                group.clear();
            }
            if (i < members.size()) {
                group.add(members.get(i));
            }
        }
    }

    private static void pairs(List<Member> group, EdgeSink sink) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Member a = group.get(i);
                Member b = group.get(j);
                String since = a.since().compareTo(b.since()) >= 0 ? a.since() : b.since();
                sink.edge(a.contact(), b.contact(), WEIGHT, "co-members of " + a.name() + " since " + since.substring(0, 4));
            }
        }
    }
}
