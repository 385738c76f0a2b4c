package dev.kith.search;

import dev.kith.core.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Builds the searchable text of contacts from the tables, in bulk, normalized by {@link Text#words}. */
final class Documents {
    private Documents() {
    }

    /** One searchable document per contact: five weighted fields of normalized words. */
    record Document(long contactId, String name, String organization, String topics, String notes,
                    String activity) {
    }

    /*
     * "+book_id" (a no-op on the value) keeps SQLite from choosing the (book_id, ...) indexes, which
     * would read every row of the book for each chunk of ids: reindexing n contacts was O(n²).
     */
    static List<Document> build(Handle h, long book, Collection<Long> ids) {
        Map<Long, StringBuilder> name = new LinkedHashMap<>();
        Map<Long, StringBuilder> notes = new HashMap<>();
        h.createQuery("""
                        SELECT id, display_name, given_name, family_name, notes, how_met, location
                        FROM contacts WHERE book_id = :book AND id IN (<ids>)""")
                .bind("book", book).bindList("ids", ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    name.put(id, join(rs.getString("display_name"), rs.getString("given_name"),
                            rs.getString("family_name")));
                    notes.put(id, join(rs.getString("notes"), rs.getString("how_met"), rs.getString("location")));
                    return id;
                }).list();
        Map<Long, StringBuilder> org = collect(h, book, ids, """
                SELECT e.contact_id, o.name, e.title FROM employments e
                LEFT JOIN organizations o ON o.id = e.organization_id
                WHERE +e.book_id = :book AND e.contact_id IN (<ids>)""");
        Map<Long, List<String>> tags = labels(h, book, ids, "contact_tags", "tag");
        Map<Long, List<String>> interests = labels(h, book, ids, "contact_interests", "interest");
        Map<Long, StringBuilder> activity = collect(h, book, ids, """
                SELECT ip.contact_id, i.summary FROM interaction_people ip
                JOIN interactions i ON i.id = ip.interaction_id
                WHERE ip.book_id = :book AND ip.contact_id IN (<ids>) AND i.summary IS NOT NULL
                UNION ALL
                SELECT contact_id, text FROM milestones
                WHERE +book_id = :book AND contact_id IN (<ids>) AND text IS NOT NULL""");
        List<Document> docs = new ArrayList<>(name.size());
        for (var e : name.entrySet()) {
            long id = e.getKey();
            docs.add(new Document(id, words(e.getValue()), words(org.get(id)),
                    words(topics(tags.getOrDefault(id, List.of()), interests.getOrDefault(id, List.of()))),
                    words(notes.get(id)), words(activity.get(id))));
        }
        return docs;
    }

    /**
     * The document of a contact just created, from its fields: what {@link #build} reads back for it
     * (the same joins and normalization; no activity yet).
     */
    static Document of(NewContact c) {
        return new Document(c.id(), words(join(c.displayName(), c.givenName(), c.familyName())),
                words(join(c.organization(), c.title())), words(topics(c.tags(), c.interests())),
                words(join(c.notes(), c.howMet(), c.location())), "");
    }

    /** A contact's tags, then interests, each sorted: one order whatever order the database returns rows in. */
    private static StringBuilder topics(List<String> tags, List<String> interests) {
        StringBuilder sb = new StringBuilder();
        for (List<String> labels : List.of(tags, interests)) {
            List<String> sorted = new ArrayList<>(labels);
            sorted.sort(null);
            for (String label : sorted) {
                sb.append(label).append(' ');
            }
        }
        return sb;
    }

    private static Map<Long, List<String>> labels(Handle h, long book, Collection<Long> ids, String table,
                                                  String column) {
        Map<Long, List<String>> map = new HashMap<>();
        h.createQuery("SELECT contact_id, " + column + " FROM " + table
                        + " WHERE +book_id = :book AND contact_id IN (<ids>)")
                .bind("book", book).bindList("ids", ids)
                .map((rs, ctx) -> map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return map;
    }

    private static Map<Long, StringBuilder> collect(Handle h, long book, Collection<Long> ids, String sql) {
        Map<Long, StringBuilder> map = new HashMap<>();
        h.createQuery(sql).bind("book", book).bindList("ids", ids)
                .map((rs, ctx) -> {
                    StringBuilder sb = map.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
                    int columns = rs.getMetaData().getColumnCount();
                    for (int c = 2; c <= columns; c++) {
                        String v = rs.getString(c);
                        if (v != null) {
                            sb.append(v).append(' ');
                        }
                    }
                    return 0;
                }).list();
        return map;
    }

    private static StringBuilder join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(p).append(' ');
            }
        }
        return sb;
    }

    private static String words(StringBuilder sb) {
        return sb == null ? "" : Text.words(sb.toString());
    }

    /** The words of a user's query, normalized like the documents; empty when it has none. */
    static List<String> queryWords(String query) {
        String words = Text.words(query);
        return words.isEmpty() ? List.of() : List.of(words.split(" "));
    }

    /** The first field of {@code doc} in which some query word starts a word. */
    static String matchedIn(List<String> words, String... fieldsInOrder) {
        String[] names = {"name", "organization", "topics", "notes", "activity"};
        for (int i = 0; i < fieldsInOrder.length; i++) {
            String padded = " " + fieldsInOrder[i];
            for (String w : words) {
                if (padded.contains(" " + w)) {
                    return names[i];
                }
            }
        }
        return names[0];
    }
}
