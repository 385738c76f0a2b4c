package dev.kith.io;

import dev.kith.core.KithException;

/**
 * A file that cannot be imported: names the file, the 1-based line (0 when the whole file is at
 * fault) and the reason. Nothing of the file has been stored when this is thrown.
 */
public class ImportException extends KithException {
    private final String file;
    private final long line;
    private final String reason;

    public ImportException(String file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
