package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.intros.IntroRows;
import dev.kith.store.Database;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code "intros"}: double opt-in introductions (contact keys a and b), their state and dated steps with notes. */
final class IntrosSection implements BackupSection {
    @Override
    public String name() {
        return "intros";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        IntroRows rows = new IntroRows(db, book);
        ArrayNode out = Json.array();
        Map<Long, ArrayNode> steps = new HashMap<>();
        for (IntroRows.Row r : rows.all()) {
            ObjectNode i = Json.object().put("key", keys.assign("x", r.id()))
                    .put("a", keys.key("c", r.aId())).put("b", keys.key("c", r.bId()))
                    .put("why", r.why()).put("state", r.state())
                    .put("started", Json.date(r.startedOn())).put("updated", Json.date(r.updatedOn()))
                    .put("outcome", r.outcome());
            steps.put(r.id(), i.putArray("steps"));
            out.add(i);
        }
        for (IntroRows.StepRow s : rows.steps()) {
            steps.get(s.introId()).add(Json.object().put("step", s.step()).put("date", Json.date(s.date()))
                    .put("note", s.note()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        IntroRows rows = new IntroRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "a", "b", "why", "state", "started", "updated", "outcome", "steps"));
            Long a = keys.id(r.path() + ".a", "c", r.requiredText("a"));
            Long b = keys.id(r.path() + ".b", "c", r.requiredText("b"));
            long id = r.insert(() -> rows.insert(new IntroRows.Row(0, a, b, r.text("why"), r.requiredText("state"),
                    r.date("started"), r.date("updated"), r.text("outcome"))));
            keys.restored(r.path(), "x", r.key(), id);
            for (Records.Record s : r.records("steps")) {
                s.only(Set.of("step", "date", "note"));
                s.insert(() -> rows.insertStep(new IntroRows.StepRow(id, s.requiredText("step"), s.date("date"),
                        s.text("note"))));
            }
        }
    }
}
