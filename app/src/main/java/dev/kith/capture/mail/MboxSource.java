package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An mbox file (Gmail Takeout, Thunderbird, Apple Mail; mboxo and mboxrd): messages separated by
 * {@code From } lines, read as a stream one line at a time. A file whose first non-empty line is not
 * a {@code From } line is not an mbox and is refused with that line.
 */
final class MboxSource implements MessageSource {
    /** Opens the mbox text; the stream is closed after reading. */
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String file;
    private final Opener opener;

    MboxSource(Path file) {
        this(file.toString(), () -> Files.newInputStream(file));
    }

    /** An mbox read from {@code opener}, named {@code name} in origins and errors (a ZIP's {@code x.zip!/a.mbox}). */
    MboxSource(String name, Opener opener) {
        this.file = name;
        this.opener = opener;
    }

    @Override
    public String kind() {
        return "mbox";
    }

    @Override
    public void read(MessageSink sink) {
        MessageParser parser = new MessageParser();
        long line = 0;
        try (InputStream in = opener.open()) {
            LineReader r = new LineReader(in);
            MessageAssembler message = null;
            long start = 0;
            Instant separatorDate = null;
            Instant arrivedBy = null;
            boolean afterBlank = true;
            while (r.next()) {
                line++;
                if (message == null) {
                    if (r.blank() || line == 1 && bomOnly(r)) {
                        continue;
                    }
                    if (!r.startsWith("From ") && !(line == 1 && startsAfterBom(r))) {
                        throw new ImportException(file, line,
                                "not an mbox file: a message must start with a \"From \" line");
                    }
                } else if (!Separators.starts(r, afterBlank)) {
                    message.line(r);
                    afterBlank = r.length() == 0;
                    continue;
                } else {
                    deliver(sink, parser, message, origin(start), separatorDate, arrivedBy);
                }
                message = new MessageAssembler(true);
                start = line;
                separatorDate = Separators.date(r);
                arrivedBy = Separators.arrival(r);
                afterBlank = false;
            }
            if (message != null) {
                deliver(sink, parser, message, origin(start), separatorDate, arrivedBy);
            }
        } catch (IOException e) {
            throw new ImportException(file, line, "cannot read the file: " + e.getMessage());
        }
    }

    private String origin(long line) {
        return file + ":" + line;
    }

    /**
     * Parses an assembled message and hands it to the sink, or reports it unreadable: a parser failure
     * of any kind spoils that message only, while a failure of the sink (the database) stops the run.
     * {@code fallbackDate} and {@code arrivedBy} are {@link MessageParser#parse}'s.
     */
    static void deliver(MessageSink sink, MessageParser parser, MessageAssembler message, String origin,
                        Instant fallbackDate, Instant arrivedBy) {
        String problem = message.problem();
        MailMessage parsed = null;
        if (problem == null) {
            try {
                parsed = parser.parse(message.headers(), origin, fallbackDate, arrivedBy, message.snippet(), null);
            } catch (UnreadableMessageException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "unreadable header fields (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            }
        }
        if (parsed != null) {
            message.warnings().forEach(w -> sink.warning(origin, w));
            sink.message(parsed);
        } else {
            sink.unreadable(origin, message.warnings().isEmpty() ? problem
                    : problem + " (" + message.warnings().get(0) + ")");
        }
    }

    private static boolean bomOnly(LineReader r) {
        byte[] b = r.bytes();
        return r.length() == 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean startsAfterBom(LineReader r) {
        byte[] b = r.bytes();
        if (r.length() < 8 || (b[0] & 0xff) != 0xEF || (b[1] & 0xff) != 0xBB || (b[2] & 0xff) != 0xBF) {
            return false;
        }
        return b[3] == 'F' && b[4] == 'r' && b[5] == 'o' && b[6] == 'm' && b[7] == ' ';
    }
}
