package dev.kith.web;

import dev.kith.io.ImportChoices;
import dev.kith.io.ImportRow;
import java.util.List;

/**
 * What the Import page needs from the import feature. Both calls read the whole upload and go through
 * the same import, record by record; a file that cannot be read is a
 * {@link dev.kith.core.ValidationException} naming the line.
 */
interface ImportPort {

    /** What importing {@code content} would do with the default choices for likely duplicates, without changing the book. */
    Summary dryRun(String fileName, byte[] content);

    /** Imports {@code content} into the book as one transaction, with the user's {@code choices}, and says what it did. */
    Summary apply(String fileName, byte[] content, ImportChoices choices);

    /**
     * What an import adds, merges, finds up to date and skips, with its warnings ("Line 6: …") and the
     * outcome of every record in file order (none for a Kith backup, which is restored whole).
     */
    record Summary(String format, int added, int updated, int unchanged, int skipped, List<String> warnings,
                   List<ImportRow> rows) {
        /** The most records listed in one section of the page; the rest are counted. */
        static final int SHOWN = 300;

        public Summary {
            warnings = List.copyOf(warnings);
            rows = List.copyOf(rows);
        }

        /**
         * The records that look like someone already in the book, each with the choice to merge or keep
         * both, at most {@value #SHOWN}; the others get the suggested choice.
         */
        public List<ImportRow> likely() {
            return rows.stream().filter(ImportRow::isLikelyDuplicate).limit(SHOWN).toList();
        }

        /** How many records look like someone already in the book. */
        public long likelyCount() {
            return rows.stream().filter(ImportRow::isLikelyDuplicate).count();
        }

        /** How many of them kept apart: added as new contacts beside the one they look like. */
        public long keptApart() {
            return rows.stream().filter(r -> r.isLikelyDuplicate() && r.outcome() == ImportRow.Outcome.ADD).count();
        }

        /** The records with {@code outcome} that are not likely duplicates, at most {@value #SHOWN}. */
        public List<ImportRow> shown(ImportRow.Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome && !r.isLikelyDuplicate()).limit(SHOWN).toList();
        }

        /** How many records with {@code outcome} {@link #shown} leaves out. */
        public long hidden(ImportRow.Outcome outcome) {
            return Math.max(0, rows.stream().filter(r -> r.outcome() == outcome && !r.isLikelyDuplicate()).count() - SHOWN);
        }
    }
}
