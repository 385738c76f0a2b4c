package dev.kith.capture.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The folders of an IMAP account, read incrementally: only messages after the last UID seen in each
 * folder (all of them when the folder's UIDVALIDITY changed), {@value #BATCH} at a time, header fields
 * only, fetched with BODY.PEEK so nothing is marked read, with the first characters of a plain-text
 * message as its snippet. A folder whose UIDNEXT shows nothing new is not fetched at all. What was read
 * is {@link #after()}, to be stored with the run; a failure is a {@link SourceException} naming the
 * account in plain words, never with the password. Signing in is {@link ImapConnection}'s, the folders
 * chosen {@link ImapFolderList}'s, the commands {@link ImapFetch}'s and the words {@link ImapErrors}'.
 * Not thread-safe; one per run.
 */
public final class ImapSource implements MessageSource {
    /** A folder's place: its UIDVALIDITY and the last UID captured. */
    public record FolderState(long uidValidity, long lastUid) {
    }

    /** How long the server may stay silent, in its greeting as in any answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Messages fetched in one command, so a huge folder is read a bounded slice at a time. */
    static final int BATCH = 200;

    private final ImapAccount account;
    private final String password;
    private final Map<String, FolderState> before;
    private final Map<String, FolderState> after = new LinkedHashMap<>();
    private final ImapTls tls;
    private final Duration timeout;
    private final ImapErrors errors;

    /** Reads {@code account} with {@code password}, starting after {@code before} (folder name → state). */
    public ImapSource(ImapAccount account, String password, Map<String, FolderState> before) {
        this(account, password, before, TIMEOUT);
    }

    /** An {@code ImapSource} waiting at most {@code timeout} for the server to connect or to answer. */
    ImapSource(ImapAccount account, String password, Map<String, FolderState> before, Duration timeout) {
        this.timeout = timeout;
        this.account = account;
        this.password = password;
        this.before = Map.copyOf(before);
        this.tls = new ImapTls(account.tlsFingerprint());
        this.errors = new ImapErrors(account, password, tls, timeout);
    }

    @Override
    public String kind() {
        return "imap";
    }

    /** Each folder read, with its UIDVALIDITY and the last UID now captured. */
    public Map<String, FolderState> after() {
        return Map.copyOf(after);
    }

    @Override
    public void read(MessageSink sink) {
        Store store = null;
        try {
            store = ImapConnection.open(account, password, timeout, tls, errors);
            for (String name : ImapFolderList.toRead((IMAPFolder) store.getDefaultFolder(), account.folders())) {
                IMAPFolder folder = (IMAPFolder) store.getFolder(name);
                if (!folder.exists()) {
                    throw errors.noFolder(name);
                }
                readFolder(folder, sink);
            }
        } catch (AuthenticationFailedException e) {
            throw errors.refused(e);
        } catch (MessagingException e) {
            throw errors.failed(e);
        } finally {
            ImapConnection.closeQuietly(store);
        }
    }

    private void readFolder(IMAPFolder folder, MessageSink sink) throws MessagingException {
        String name = folder.getFullName();
        folder.open(Folder.READ_ONLY);
        try {
            long validity = folder.getUIDValidity();
            FolderState known = before.get(name);
            long from = known != null && known.uidValidity() == validity ? known.lastUid() + 1 : 1;
            long next = folder.getUIDNext();
            if (folder.getMessageCount() == 0 || next > 0 && next <= from) {
                after.put(name, new FolderState(validity, from - 1));
                return;
            }
            long[] uids = ImapFetch.newUids(folder, from);
            MessageParser parser = new MessageParser();
            long last = from - 1;
            for (int i = 0; i < uids.length; i += BATCH) {
                long[] batch = Arrays.copyOfRange(uids, i, Math.min(uids.length, i + BATCH));
                for (ImapFetch.Fetched f : ImapFetch.fetch(folder, batch).values()) {
                    deliver(sink, parser, name, f.cut() ? f.withHeader(ImapFetch.fieldByField(folder, f.uid())) : f);
                }
                last = Math.max(last, batch[batch.length - 1]);
            }
            after.put(name, new FolderState(validity, last));
        } finally {
            if (folder.isOpen()) {
                try {
                    folder.close(false);
                } catch (MessagingException | RuntimeException e) {
                    // the server went away; what was read is kept or dropped by the caller's transaction
                }
            }
        }
    }

    private void deliver(MessageSink sink, MessageParser parser, String folder, ImapFetch.Fetched f) {
        String origin = account.label() + "/" + folder + ";UID=" + f.uid();
        if (f.header() == null) {
            sink.unreadable(origin, "the server sent no header fields");
            return;
        }
        try {
            Headers headers = HeaderSection.parse(f.header());
            // no source key: a message without Message-ID is known by its sender, date, subject and recipients,
            // the same in every folder and after a UIDVALIDITY change, so it is never counted twice
            // INTERNALDATE is when the server took the message in: the Date stands in for it unless it is later
            sink.message(parser.parse(headers, origin, f.internalDate(), f.internalDate(), snippet(headers, f.text()),
                    null));
        } catch (UnreadableMessageException e) {
            sink.unreadable(origin, e.getMessage());
        }
    }

    /** The snippet of a plain-text message from the start of its text; null for multipart and other messages. */
    private static String snippet(Headers headers, byte[] text) {
        ContentTypes.Parsed type = ContentTypes.parse(headers.get("content-type"));
        if (text == null || type.base() != null && !type.base().equals("text/plain")) {
            return null;
        }
        return Snippets.of(text, headers.get("content-transfer-encoding"), type.charset());
    }
}
