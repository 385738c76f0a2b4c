package dev.kith.io.imports;

import dev.kith.io.ImportSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of one import, in file order: at most {@link #MAX} are kept, and a last one counts the
 * rest, so a file of junk cannot grow the summary without bound. Messages are cut at 300 characters.
 * Not thread-safe; one import only.
 */
final class Warnings {
    static final int MAX = 1_000;
    private static final int LONGEST = 300;
    private final List<ImportSummary.Warning> kept = new ArrayList<>();
    private int more;

    void add(String file, long line, String message) {
        if (kept.size() < MAX) {
            String m = message.length() > LONGEST ? message.substring(0, LONGEST) + "…" : message;
            kept.add(new ImportSummary.Warning(file, line, m));
        } else {
            more++;
        }
    }

    List<ImportSummary.Warning> list() {
        if (more == 0) {
            return List.copyOf(kept);
        }
        List<ImportSummary.Warning> all = new ArrayList<>(kept);
        all.add(new ImportSummary.Warning(kept.getFirst().file(), 0, "and " + more + " more warnings"));
        return all;
    }
}
