package dev.kith.io;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): people created, merged into existing contacts,
 * matched but unchanged, job-change milestones added, the errors that stopped it (empty on success),
 * and the warnings: fields that were dropped (an address that is not an email, an impossible date, a
 * note over 64 KB) while their person was kept (empty when the file was clean).
 */
public record ImportSummary(int created, int merged, int unchanged, int milestones, List<Error> errors,
                            List<Warning> warnings) {

    public ImportSummary {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A summary without warnings. */
    public ImportSummary(int created, int merged, int unchanged, int milestones, List<Error> errors) {
        this(created, merged, unchanged, milestones, errors, List.of());
    }

    /** One reason the import was refused: the file, its 1-based line (0 for the whole file), the message. */
    public record Error(String file, long line, String message) {
    }

    /** A field dropped from an otherwise good record: the file, the record's 1-based line, what and why. */
    public record Warning(String file, long line, String message) {
        /** {@code file:line: message}, as the CLI prints it. */
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    /** The summary of an import refused because of {@code e}: nothing created, one error. */
    public static ImportSummary failed(ImportException e) {
        return new ImportSummary(0, 0, 0, 0, List.of(new Error(e.file(), e.line(), e.reason())));
    }

    /** This summary with {@code warnings}. */
    public ImportSummary withWarnings(List<Warning> warnings) {
        return new ImportSummary(created, merged, unchanged, milestones, errors, warnings);
    }

    /** The summary in words, e.g. "12 created, 3 merged, 40 unchanged, 2 job changes, 1 warning". */
    public String inWords() {
        return created + " created, " + merged + " merged, " + unchanged + " unchanged, " + milestones
                + (milestones == 1 ? " job change" : " job changes")
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
    }
}
