package dev.kith.cli;

import dev.kith.store.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;

/** Runs the real {@code kith} command in-process against a test database and captures what it prints. */
final class Cli {
    private final TestDatabase db;
    private final String today;

    Cli(TestDatabase db, String today) {
        this.db = db;
        this.today = today;
    }

    record Result(int exitCode, String out, String err) {
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.spec(), "--today", today));
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    static Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Every row of every table, as text: equal snapshots mean nothing was written. */
    Map<String, List<String>> snapshot() {
        return db.database().read(h -> {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : List.of("books", "organizations", "contacts", "contact_emails", "contact_phones",
                    "contact_tags", "contact_interests", "employments", "interactions", "interaction_people",
                    "milestones", "ties", "tasks", "today_actions", "settings", "professional_groups", "group_members",
                    "events", "event_attendance", "event_encounters", "goals", "goal_contacts", "goal_interactions",
                    "goal_events", "goal_outcomes", "targets", "asks",
                    "articles", "shares", "intros", "intro_steps")) {
                tables.put(table, h.createQuery("SELECT * FROM " + table + " ORDER BY 1, 2")
                        .map((rs, ctx) -> {
                            StringBuilder sb = new StringBuilder();
                            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                                sb.append(rs.getString(c)).append('|');
                            }
                            return sb.toString();
                        }).list());
            }
            return tables;
        });
    }
}
