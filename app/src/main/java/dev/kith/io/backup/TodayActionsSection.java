package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * {@code "todayActions"}: what was done, snoozed or skipped in Today (and so the streak). An action id
 * names the record that triggered it ({@code reply:INTERACTION}, {@code congratulate:MILESTONE},
 * {@code ask-intro:TARGET},
 * {@code KIND:CONTACT[:…]} otherwise); that id is written as the record's backup key ({@code "ref"})
 * and the rest kept as it is, so ids still match after a restore gives records new ids. An id of an
 * unknown shape is kept whole ({@code "action"}).
 */
final class TodayActionsSection implements BackupSection {
    private static final Set<String> FIELDS = Set.of("kind", "ref", "rest", "action", "status", "actedOn",
            "hiddenUntil", "note");

    @Override
    public String name() {
        return "todayActions";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM today_actions WHERE book_id = :book ORDER BY acted_on, action_id")
                .bind("book", book)
                .map((rs, ctx) -> {
                    String kind = rs.getString("kind");
                    String action = rs.getString("action_id");
                    ObjectNode a = Sql.object().put("kind", kind);
                    String[] parts = action.split(":", 3);
                    String ref = parts.length >= 2 && parts[0].equals(kind) && parts[1].matches("\\d{1,18}")
                            ? keyOrNull(keys, prefix(kind), Long.parseLong(parts[1])) : null;
                    if (ref != null) {
                        a.put("ref", ref).put("rest", parts.length == 3 ? parts[2] : null);
                    } else {
                        a.put("action", action);
                    }
                    return out.add(a.put("status", rs.getString("status")).put("actedOn", Sql.date(rs, "acted_on"))
                            .put("hiddenUntil", Sql.date(rs, "hidden_until")).put("note", rs.getString("note")));
                })
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(FIELDS);
            String kind = r.requiredText("kind");
            String action;
            if (r.text("ref") != null) {
                long id = keys.id(r.path() + ".ref", prefix(kind), r.text("ref"));
                action = kind + ":" + id + (r.text("rest") == null ? "" : ":" + r.text("rest"));
            } else {
                action = r.requiredText("action");
            }
            Sql.insert(r, () -> h.createUpdate("""
                            INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, hidden_until, note)
                            VALUES (:book, :action, :kind, :status, :acted, :hidden, :note)""")
                    .bind("book", book).bind("action", action).bind("kind", kind)
                    .bind("status", r.requiredText("status")).bind("acted", r.date("actedOn"))
                    .bind("hidden", r.date("hiddenUntil")).bind("note", r.text("note")).execute());
        }
    }

    /** The backup-key letter of the record an action of {@code kind} names. */
    private static String prefix(String kind) {
        return switch (kind) {
            case "reply" -> "i";
            case "congratulate" -> "m";
            case "ask-intro" -> "w";
            default -> "c";
        };
    }

    private static String keyOrNull(Keys keys, String prefix, long id) {
        try {
            return keys.key(prefix, id);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
