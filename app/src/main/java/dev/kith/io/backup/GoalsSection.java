package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.goals.GoalRows;
import dev.kith.store.Database;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code "goals"}: goals with their keywords and due date, the contacts, interactions and events
 * linked to them (keys), and their outcomes ({@code {"date", "text"}}).
 */
final class GoalsSection implements BackupSection {
    /** How one kind of link is written: under which field, with the keys of which section. */
    private record Link(GoalRows.Link rows, String field, String prefix) {
    }

    private static final List<Link> LINKS = List.of(new Link(GoalRows.Link.CONTACTS, "contacts", "c"),
            new Link(GoalRows.Link.INTERACTIONS, "interactions", "i"),
            new Link(GoalRows.Link.EVENTS, "events", "e"));

    @Override
    public String name() {
        return "goals";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        GoalRows rows = new GoalRows(db, book);
        Map<GoalRows.Link, Map<Long, List<Long>>> links = new EnumMap<>(GoalRows.Link.class);
        for (Link l : LINKS) {
            links.put(l.rows(), rows.links(l.rows()));
        }
        Map<Long, ArrayNode> outcomes = new HashMap<>();
        for (GoalRows.OutcomeRow o : rows.outcomes()) {
            outcomes.computeIfAbsent(o.goalId(), k -> Json.array())
                    .add(Json.object().put("date", Json.date(o.date())).put("text", o.text()));
        }
        ArrayNode out = Json.array();
        for (GoalRows.Row r : rows.all()) {
            long id = r.id();
            ObjectNode g = Json.object().put("key", keys.assign("G", id)).put("title", r.title())
                    .put("due", Json.date(r.due())).put("createdOn", Json.date(r.createdOn()));
            if (r.closedOn() != null) {
                g.put("closedOn", Json.date(r.closedOn())).put("closedAs", r.closedAs()).put("closedNote", r.closedNote());
            }
            g.set("keywords", Json.texts(r.keywords()));
            for (Link l : LINKS) {
                g.set(l.field(), Json.keys(keys, l.prefix(), links.get(l.rows()).get(id)));
            }
            g.set("outcomes", outcomes.getOrDefault(id, Json.array()));
            out.add(g);
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        GoalRows rows = new GoalRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "title", "keywords", "due", "createdOn", "closedOn", "closedAs", "closedNote",
                    "contacts", "interactions", "events", "outcomes"));
            String title = r.requiredText("title");
            List<String> keywords = r.texts("keywords");
            java.time.LocalDate closedOn = r.date("closedOn");
            String closedAs = closedOn == null ? null : closing(r);
            String closedNote = closedOn == null ? null : r.text("closedNote");
            long id = r.insert(() -> rows.insert(new GoalRows.Row(0, title, keywords, r.date("due"),
                    r.date("createdOn"), closedOn, closedAs, closedNote)));
            keys.restored(r.path(), "G", r.key(), id);
            for (Link l : LINKS) {
                for (String key : r.texts(l.field())) {
                    Long target = keys.id(r.path() + "." + l.field(), l.prefix(), key);
                    r.insert(() -> rows.insertLink(l.rows(), id, target));
                }
            }
            for (Records.Record o : r.records("outcomes")) {
                o.only(Set.of("date", "text"));
                o.insert(() -> rows.insertOutcome(new GoalRows.OutcomeRow(id, o.date("date"), o.requiredText("text"))));
            }
        }
    }

    /** The code of the record's {@code closedAs} (achieved when absent); another word is the whole input's failure. */
    private static String closing(Records.Record r) {
        String text = r.text("closedAs");
        try {
            return dev.kith.goals.GoalClosing.parse("closedAs", text == null ? "achieved" : text).code();
        } catch (dev.kith.core.ValidationException e) {
            throw r.fail(r.path() + ".closedAs", "'" + text + "' is not achieved or dropped");
        }
    }
}
