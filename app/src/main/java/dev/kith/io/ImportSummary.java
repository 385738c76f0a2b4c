package dev.kith.io;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): people created, merged into existing contacts,
 * matched but unchanged, job-change milestones added, and the errors that stopped it (empty on success).
 */
public record ImportSummary(int created, int merged, int unchanged, int milestones, List<Error> errors) {

    public ImportSummary {
        errors = List.copyOf(errors);
    }

    /** One reason the import was refused: the file, its 1-based line (0 for the whole file), the message. */
    public record Error(String file, long line, String message) {
    }

    /** The summary of an import refused because of {@code e}: nothing created, one error. */
    public static ImportSummary failed(ImportException e) {
        return new ImportSummary(0, 0, 0, 0, List.of(new Error(e.file(), e.line(), e.reason())));
    }

    /** The summary in words, e.g. "12 created, 3 merged, 40 unchanged, 2 job changes". */
    public String inWords() {
        return created + " created, " + merged + " merged, " + unchanged + " unchanged, " + milestones
                + (milestones == 1 ? " job change" : " job changes");
    }
}
