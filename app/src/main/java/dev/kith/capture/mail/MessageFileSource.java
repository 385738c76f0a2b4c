package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import dev.kith.io.ImportFiles;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * A file holding one message (RFC 5322), as mail programs save one: an {@code .eml} file (Outlook's and Thunderbird's
 * "Save as", readpst's {@code -e}), a numbered file of an MH folder or of readpst's {@code -M}, or Apple Mail's
 * {@code .emlx} (a byte count, the message, then a property list, which is not read). A UTF-8 byte-order mark, blank
 * lines before the first field and an mbox separator line on top are passed over. Like a Maildir file, a message
 * without a Date is dated by the file's modification time, and a Date later than that time is not believed
 * ({@link MessageParser#parse}). A message that cannot be read is reported unreadable, named by its file; reading
 * one file is linear in its length and bounded in memory as an mbox message is.
 */
final class MessageFileSource implements MessageSource {
    private final Path file;

    MessageFileSource(Path file) {
        this.file = file;
    }

    @Override
    public String kind() {
        return "mbox"; // the database knows mbox, maildir and imap; a saved message is filed with the mbox files
    }

    @Override
    public void read(MessageSink sink) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file.toString(), 0, "no such file");
        }
        read(file, file.toString(), new MessageParser(), sink);
    }

    /** Whether {@code file} is named as a saved message is ({@code .eml}, {@code .emlx}), in any case. */
    static boolean named(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".emlx");
    }

    /** Whether {@code file} is named as a saved message is or starts as one does ({@link ImportFiles#message}). */
    static boolean holdsOne(Path file) {
        if (named(file)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ImportFiles.message(in.readNBytes(ImportFiles.HEAD_BYTES));
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads the one message of {@code file}, reported as {@code origin}, into {@code sink}. */
    static void read(Path file, String origin, MessageParser parser, MessageSink sink) {
        read(file, origin, parser, sink, modified -> modified);
    }

    /**
     * {@link #read(Path, String, MessageParser, MessageSink)}, the message having arrived by {@code arrival} of the
     * file's modification time (a Maildir file's name tells its delivery).
     */
    static void read(Path file, String origin, MessageParser parser, MessageSink sink,
                     java.util.function.UnaryOperator<Instant> arrival) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            read(raw, emlx(file.getFileName().toString()), origin, modified, arrival.apply(modified), parser, sink);
        } catch (IOException e) {
            sink.unreadable(origin, "cannot read the file: " + e.getMessage());
        }
    }

    /** Whether a file called {@code name} is Apple Mail's {@code .emlx}. */
    static boolean emlx(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".emlx");
    }

    /**
     * Reads the one message of {@code raw} (a stream that supports mark, read up to the message's end, not closed; an
     * {@code .emlx} file's when {@code emlx}), reported as {@code origin}, into {@code sink}. {@code saved} (null when
     * unknown) dates a message without a Date, and a Date later than {@code arrivedBy} is not believed.
     */
    static void read(InputStream raw, boolean emlx, String origin, Instant saved, Instant arrivedBy,
                     MessageParser parser, MessageSink sink) throws IOException {
        InputStream in = emlx ? emlxMessage(raw) : withoutByteOrderMark(raw);
        LineReader r = new LineReader(in);
        MessageAssembler message = new MessageAssembler(false);
        boolean first = true;
        while (r.next()) {
            if (first && (r.blank() || r.startsWith("From "))) {
                continue; // blank lines before the fields, or an mbox separator some converters leave on top
            }
            first = false;
            message.line(r);
        }
        MboxSource.deliver(sink, parser, message, origin, saved, arrivedBy);
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (b.length < 3 || (b[0] & 0xff) != 0xEF || (b[1] & 0xff) != 0xBB || (b[2] & 0xff) != 0xBF) {
            in.reset();
        }
        return in;
    }

    /**
     * The message of an {@code .emlx} file: after its first line, a count of the message's bytes, that many bytes;
     * the whole rest when the first line is no count.
     */
    private static InputStream emlxMessage(InputStream in) throws IOException {
        in.mark(32);
        long count = 0;
        int digits = 0;
        int c = in.read();
        while (c >= '0' && c <= '9' && digits < 18) {
            count = count * 10 + (c - '0');
            digits++;
            c = in.read();
        }
        while (c == ' ' || c == '\t' || c == '\r') {
            c = in.read();
        }
        if (digits == 0 || c != '\n') {
            in.reset();
            return in;
        }
        return new Limited(in, count);
    }

    /** At most {@code left} bytes of a stream. */
    static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = super.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
