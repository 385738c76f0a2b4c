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
    private final List<ImportRowSkip> skipped = new ArrayList<>();

    /** A record of the file that names nobody and is left out: its line and why. */
    record ImportRowSkip(long line, String reason) {
    }

    /** Notes that the record at {@code line} is left out, for the import's record-by-record report. */
    void skip(long line, String reason) {
        skipped.add(new ImportRowSkip(line, reason));
    }

    /** The records left out, in file order. */
    List<ImportRowSkip> skipped() {
        return List.copyOf(skipped);
    }

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
