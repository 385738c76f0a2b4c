package dev.kith.io;

import java.util.List;

/** What an import did or would do, in total ({@code summary}) and record by record ({@code rows}, in file order). */
public record ImportReport(ImportSummary summary, List<ImportRow> rows) {
    public ImportReport {
        rows = List.copyOf(rows);
    }
}
