package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.store.Database;
import dev.kith.today.ActionLog;
import java.util.Set;

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
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (ActionLog.Row r : new ActionLog(db, book).rows()) {
            String kind = r.kind();
            String action = r.actionId();
            ObjectNode a = Json.object().put("kind", kind);
            String[] parts = action.split(":", 3);
            String ref = parts.length >= 2 && parts[0].equals(kind) && parts[1].matches("\\d{1,18}")
                    ? keyOrNull(keys, prefix(kind), Long.parseLong(parts[1])) : null;
            if (ref != null) {
                a.put("ref", ref).put("rest", parts.length == 3 ? parts[2] : null);
            } else {
                a.put("action", action);
            }
            out.add(a.put("status", r.status()).put("actedOn", Json.date(r.actedOn()))
                    .put("hiddenUntil", Json.date(r.hiddenUntil())).put("note", r.note()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        ActionLog log = new ActionLog(db, book);
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
            r.insert(() -> log.insert(new ActionLog.Row(action, kind, r.requiredText("status"), r.date("actedOn"),
                    r.date("hiddenUntil"), r.text("note"))));
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
