package dev.kith.capture.mail;

import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * The IMAP commands that read an open folder: the UIDs of its new messages, and their header fields, dates
 * and first text bytes, all with BODY.PEEK so nothing is marked read. Memory is bounded by the command: a
 * batch's fields are cut at {@value #HEADER_BYTES} bytes a message. Stateless.
 */
final class ImapFetch {
    private static final int SNIPPET_BYTES = 600;
    /**
     * Bytes of one message's header fields fetched with its batch, so a batch holds at most a few megabytes
     * however long the headers are (a To of thousands of people, a References of years). A message whose
     * fields fill it is fetched again alone, each field up to {@link #FIELD_BYTES}, so no field is lost
     * behind a long one.
     */
    static final int HEADER_BYTES = 64 * 1024;
    /** Bytes of one field fetched for a message with long header fields: more than capture keeps of it. */
    static final int FIELD_BYTES = 4 * Headers.MAX_VALUE;
    private static final String FIELDS = Headers.WANTED.stream().sorted().map(f -> f.toUpperCase(Locale.ROOT))
            .collect(Collectors.joining(" "));

    /** One message fetched: its UID, INTERNALDATE, header section and the start of its text. */
    record Fetched(long uid, Instant internalDate, byte[] header, byte[] text) {
        /** Whether its header fields filled {@value #HEADER_BYTES} bytes, so some may be cut or missing. */
        boolean cut() {
            return header != null && header.length >= HEADER_BYTES;
        }

        Fetched withHeader(byte[] section) {
            return new Fetched(uid, internalDate, section, text);
        }
    }

    private ImapFetch() {
    }

    /**
     * The UIDs from {@code from} on, ascending (UID SEARCH: numbers only, so even a folder of a million
     * messages costs a few megabytes here and no message is held). {@code n:*} names the last message when
     * every UID is below n (RFC 3501 6.4.8), so lower UIDs are dropped. Messages marked {@code \Deleted} are left
     * out.
     */
    static long[] newUids(IMAPFolder folder, long from) throws MessagingException {
        return (long[]) folder.doCommand(p -> {
            // a message marked \Deleted and not yet expunged (Outlook's and Thunderbird's "mark as deleted") was
            // thrown away by the user, as mail in the trash was
            Response[] responses = p.command("UID SEARCH UID " + from + ":* NOT DELETED", null);
            p.notifyResponseHandlers(responses);
            p.handleResult(responses[responses.length - 1]);
            LongStream.Builder uids = LongStream.builder();
            for (Response r : responses) {
                if (r instanceof IMAPResponse ir && ir.keyEquals("SEARCH")) {
                    for (long uid = ir.readLong(); uid != -1; uid = ir.readLong()) {
                        if (uid >= from) {
                            uids.add(uid);
                        }
                    }
                }
            }
            return uids.build().sorted().distinct().toArray();
        });
    }

    /**
     * Fetches the first {@value #HEADER_BYTES} bytes of the header fields Kith reads, INTERNALDATE and the first
     * {@value #SNIPPET_BYTES} bytes of the text of the messages {@code uids} in one command. A server that answers
     * HEADER.FIELDS with the whole header section is fine: unwanted fields are dropped later. Returns them by
     * UID, ascending; a UID expunged meanwhile is simply absent.
     */
    @SuppressWarnings("unchecked")
    static Map<Long, Fetched> fetch(IMAPFolder folder, long[] uids) throws MessagingException {
        String command = "UID FETCH " + uidSet(uids) + " (UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (" + FIELDS
                + ")]<0." + HEADER_BYTES + "> BODY.PEEK[TEXT]<0." + SNIPPET_BYTES + ">)";
        return (Map<Long, Fetched>) folder.doCommand(p -> {
            Response[] responses = p.command(command, null);
            p.notifyResponseHandlers(responses);
            p.handleResult(responses[responses.length - 1]);
            Map<Long, Fetched> found = new TreeMap<>();
            for (Response r : responses) {
                if (!(r instanceof FetchResponse f) || f.getItem(UID.class) == null) {
                    continue;
                }
                byte[] header = null;
                byte[] text = null;
                for (int i = 0; i < f.getItemCount(); i++) {
                    if (f.getItem(i) instanceof BODY body && body.getByteArray() != null) {
                        if (body.getSection() != null && body.getSection().toUpperCase(Locale.ROOT).startsWith("HEADER")) {
                            header = body.getByteArray().getNewBytes();
                        } else if ("TEXT".equalsIgnoreCase(body.getSection())) {
                            text = body.getByteArray().getNewBytes();
                        }
                    }
                }
                INTERNALDATE date = f.getItem(INTERNALDATE.class);
                long uid = f.getItem(UID.class).uid;
                Instant internal = date == null || date.getDate() == null ? null : date.getDate().toInstant();
                found.merge(uid, new Fetched(uid, internal, header, text), (a, b) -> new Fetched(uid,
                        a.internalDate() != null ? a.internalDate() : b.internalDate(),
                        a.header() != null ? a.header() : b.header(), a.text() != null ? a.text() : b.text()));
            }
            return found;
        });
    }

    /**
     * The header fields Kith reads of message {@code uid}, each asked for on its own and cut at
     * {@value #FIELD_BYTES} bytes, joined into one header section: for a message whose fields together are
     * too long to fetch whole, so that a From or Message-ID after a huge To is still read. Null when the
     * message is gone.
     */
    static byte[] fieldByField(IMAPFolder folder, long uid) throws MessagingException {
        StringBuilder items = new StringBuilder("UID");
        for (String field : FIELDS.split(" ")) {
            items.append(" BODY.PEEK[HEADER.FIELDS (").append(field).append(")]<0.").append(FIELD_BYTES).append('>');
        }
        String command = "UID FETCH " + uid + " (" + items + ")";
        return (byte[]) folder.doCommand(p -> {
            Response[] responses = p.command(command, null);
            p.notifyResponseHandlers(responses);
            p.handleResult(responses[responses.length - 1]);
            java.io.ByteArrayOutputStream section = new java.io.ByteArrayOutputStream();
            boolean found = false;
            for (Response r : responses) {
                if (!(r instanceof FetchResponse f) || f.getItem(UID.class) == null || f.getItem(UID.class).uid != uid) {
                    continue;
                }
                for (int i = 0; i < f.getItemCount(); i++) {
                    if (f.getItem(i) instanceof BODY body && body.getByteArray() != null && body.getSection() != null
                            && body.getSection().toUpperCase(Locale.ROOT).startsWith("HEADER")) {
                        found = true;
                        appendField(section, body.getByteArray().getNewBytes());
                    }
                }
            }
            section.writeBytes(new byte[] {'\r', '\n'});
            return found ? section.toByteArray() : null;
        });
    }

    /** Appends one fetched field to {@code section}, ending in one CRLF; a field cut at {@value #FIELD_BYTES} loses its cut character. */
    private static void appendField(java.io.ByteArrayOutputStream section, byte[] bytes) {
        int end = bytes.length;
        if (bytes.length >= FIELD_BYTES) {
            // cut: leave out a character cut in two, so the section stays valid UTF-8
            int lead = end;
            while (lead > 0 && end - lead < 3 && (bytes[lead - 1] & 0xC0) == 0x80) {
                lead--;
            }
            end = lead > 0 && (bytes[lead - 1] & 0xC0) == 0xC0 ? lead - 1 : end;
        }
        while (end > 0 && (bytes[end - 1] == '\r' || bytes[end - 1] == '\n')) {
            end--;
        }
        if (end > 0) {
            section.write(bytes, 0, end);
            section.writeBytes(new byte[] {'\r', '\n'});
        }
    }

    /** {@code uids} (ascending) as an IMAP sequence set, runs written {@code a:b}. */
    static String uidSet(long[] uids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < uids.length; i++) {
            int j = i;
            while (j + 1 < uids.length && uids[j + 1] == uids[j] + 1) {
                j++;
            }
            sb.append(sb.isEmpty() ? "" : ",").append(uids[i]);
            if (j > i) {
                sb.append(':').append(uids[j]);
            }
            i = j;
        }
        return sb.toString();
    }
}
