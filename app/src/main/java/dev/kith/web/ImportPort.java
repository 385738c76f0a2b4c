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
     * Whether {@code content} is a ZIP: on this page, LinkedIn's whole data export, imported at once by
     * {@link #importExport} instead of previewed.
     */
    boolean isExport(byte[] content);

    /**
     * Imports LinkedIn's whole data export ZIP as {@code kith import linkedin} does: who I am, the connections,
     * then the messages, as one transaction and one journal entry (one undo reverts it all). A ZIP that is
     * damaged or not LinkedIn's export is a {@link dev.kith.core.ValidationException} naming the file and line.
     */
    Export importExport(String fileName, byte[] content);

    /**
     * Captures the upload, an mbox file or a ZIP of them ({@code kind} {@code mbox}: Gmail's Takeout, Thunderbird) or
     * an iCalendar file ({@code ics}), as {@code kith import mbox|ics FILE} does: all or nothing, never storing a
     * message's body. A file that cannot be read is a {@link dev.kith.core.ValidationException} naming the file (as
     * the user knows it) and line, and the book is as it was; without the user's own addresses it is a
     * {@link dev.kith.core.KithException}.
     */
    Captured capture(ImportUpload upload, String kind);

    /**
     * What capturing mail or a calendar did: the counts in file order ({@code 120} "messages read", ...); the same
     * in brief for the page's confirmation; then the warnings (messages or events left out, with their file and
     * line).
     */
    record Captured(String what, List<Count> counts, String brief, List<String> warnings) {
        public Captured {
            counts = List.copyOf(counts);
            warnings = List.copyOf(warnings);
        }

        /** One count: {@code 3} "awaiting your reply", with the CSS class {@code kind}. */
        public record Count(int number, String words, String kind) {
        }
    }

    /**
     * What importing the LinkedIn export did, each part in plain words (null when the export lacked it): who
     * "you" are and what was filled in, the connections added and merged, the messages read; the same in
     * brief for the page's confirmation; then the warnings (fields dropped from good records, with their file
     * and line).
     */
    record Export(String you, String connections, String messages, String brief, List<String> warnings) {
        public Export {
            warnings = List.copyOf(warnings);
        }
    }

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
