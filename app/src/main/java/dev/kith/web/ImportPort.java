package dev.kith.web;

import java.util.List;

/**
 * What the Import page needs from the import feature (built on its own branch; the lead wires an
 * implementation into {@link WebOptions}). Both calls read the whole upload; a file that cannot be
 * read is a {@link dev.kith.core.ValidationException} naming the line.
 */
public interface ImportPort {

    /** What importing {@code content} would do, without changing the book. */
    Summary dryRun(String fileName, byte[] content);

    /** Imports {@code content} into the book as one transaction and says what it did. */
    Summary apply(String fileName, byte[] content);

    /** Counts of what an import adds, updates and skips, and any warnings worth showing. */
    record Summary(String format, int added, int updated, int skipped, List<String> warnings) {
        public Summary {
            warnings = List.copyOf(warnings);
        }
    }
}
