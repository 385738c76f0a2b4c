package dev.kith.capture.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * The folders of an IMAP account, read incrementally: only messages after the last UID seen in each
 * folder (all of them when the folder's UIDVALIDITY changed), {@value #BATCH} at a time, header fields
 * only, fetched with BODY.PEEK so nothing is marked read, with the first characters of a plain-text
 * message as its snippet. A folder whose UIDNEXT shows nothing new is not fetched at all. What was read
 * is {@link #after()}, to be stored with the run; a failure is a {@link SourceException} naming the
 * account in plain words, never with the password. Not thread-safe; one per run.
 */
public final class ImapSource implements MessageSource {
    /** A folder's place: its UIDVALIDITY and the last UID captured. */
    public record FolderState(long uidValidity, long lastUid) {
    }

    private static final int CONNECT_TIMEOUT_MS = 20_000;
    /** How long the server may stay silent, in its greeting as in any answer. */
    static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);
    private static final int SNIPPET_BYTES = 600;
    /** Messages fetched in one command, so a huge folder is read a bounded slice at a time. */
    static final int BATCH = 200;
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
            .collect(java.util.stream.Collectors.joining(" "));

    private final ImapAccount account;
    private final String password;
    private final Map<String, FolderState> before;
    private final Map<String, FolderState> after = new LinkedHashMap<>();
    private final ImapTls tls;
    private final java.time.Duration timeout;

    /** Reads {@code account} with {@code password}, starting after {@code before} (folder name → state). */
    public ImapSource(ImapAccount account, String password, Map<String, FolderState> before) {
        this(account, password, before, TIMEOUT);
    }

    /** An {@code ImapSource} waiting at most {@code timeout} for the server to connect or to answer. */
    ImapSource(ImapAccount account, String password, Map<String, FolderState> before, java.time.Duration timeout) {
        this.timeout = timeout;
        this.account = account;
        this.password = password;
        this.before = Map.copyOf(before);
        this.tls = new ImapTls(account.tlsFingerprint());
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
        String protocol = account.security() == ImapAccount.Security.TLS ? "imaps" : "imap";
        Session session = Session.getInstance(properties(protocol));
        Store store = null;
        try {
            store = session.getStore(protocol);
            connect(store);
            for (String name : folders(store)) {
                IMAPFolder folder = (IMAPFolder) store.getFolder(name);
                if (!folder.exists()) {
                    throw failure("there is no folder called '" + name + "' (renamed or deleted on the server?)");
                }
                readFolder(folder, sink);
            }
        } catch (AuthenticationFailedException e) {
            throw failure(refusal(e));
        } catch (MessagingException e) {
            throw failure(reason(e));
        } finally {
            closeQuietly(store);
        }
    }

    /**
     * Connects and signs in. A server that greets as something else (SSH, SMTP) or not at all (a web server, a
     * TLS port spoken to in plain text) is named as not answering as IMAP, not as a connection lost mid-sync.
     */
    private void connect(Store store) throws MessagingException {
        try {
            store.connect(account.host(), account.port(), account.user(), password);
        } catch (AuthenticationFailedException e) {
            throw e;
        } catch (MessagingException e) {
            String where = "the server at " + account.host() + ":" + account.port();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.SocketTimeoutException) {
                    throw failure(account.security() == ImapAccount.Security.TLS
                            ? where + " did not begin TLS within " + seconds() + ": is it the IMAP port with TLS"
                            + " (usually 993)? For port 143 use --security starttls"
                            : where + " sent no IMAP greeting within " + seconds() + ": is it the IMAP port? (A port"
                            + " that expects TLS from the start, usually 993, needs --security tls)");
                }
            }
            // an IMAP greeting is untagged ("* OK", "* BYE"); "SSH-2.0-…" or "220 …" parse as a tagged line
            if (e.getCause() instanceof org.eclipse.angus.mail.iap.ProtocolException p && p.getResponse() != null
                    && !p.getResponse().isUnTagged()) {
                String first = p.getResponse().toString().strip().lines().findFirst().orElse("");
                throw failure(where + " is not an IMAP server (it greeted: \"" + (first.length() > 80
                        ? first.substring(0, 80) + "…" : first) + "\"): check the host and port");
            }
            throw e;
        }
    }

    private String seconds() {
        long s = timeout.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }

    /** A failure of this account, the password never in its words (whatever the server or library said). */
    private SourceException failure(String reason) {
        String words = password != null && password.length() >= 4 ? reason.replace(password, "****") : reason;
        return new SourceException(account.label(), words);
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException | RuntimeException e) {
                // the connection is gone already; nothing was left to say to the server
            }
        }
    }

    private Properties properties(String protocol) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "connectiontimeout", Long.toString(Math.min(CONNECT_TIMEOUT_MS, timeout.toMillis())));
        p.setProperty(prefix + "timeout", Long.toString(timeout.toMillis()));
        if (account.security() == ImapAccount.Security.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (account.security() != ImapAccount.Security.NONE) {
            p.put(prefix + "ssl.socketFactory", tls.socketFactory());
            // a pinned certificate is trusted as exactly that certificate, whatever host name it carries
            p.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(account.tlsFingerprint() == null));
        }
        return p;
    }

    /**
     * The configured folders, else the inbox, the sent folders (SPECIAL-USE {@code \Sent}, RFC 6154, else
     * usual or localized names: a server may have several, as Dovecot marks both Sent and Sent Messages) and the
     * archives ({@code \All}, {@code \Archive}, else their usual names); never a folder the server marks
     * {@code \Junk}, {@code \Trash} or {@code \Drafts}.
     */
    private List<String> folders(Store store) throws MessagingException {
        Map<String, Set<String>> listed = ImapFolderList.of((IMAPFolder) store.getDefaultFolder());
        if (!account.folders().isEmpty()) {
            List<String> chosen = new ArrayList<>();
            for (String wanted : account.folders()) {
                String name = listed.containsKey(wanted) ? wanted : listed.keySet().stream()
                        .filter(n -> n.equalsIgnoreCase(wanted)).findFirst().orElse(wanted);
                if (!ImapFolderList.neverRead(name, listed.get(name))) {
                    chosen.add(name);
                }
            }
            return chosen;
        }
        List<String> names = new ArrayList<>(List.of("INBOX"));
        for (String folder : ImapFolderList.sent(listed)) {
            if (!names.contains(folder) && !folder.equalsIgnoreCase("INBOX")) {
                names.add(folder);
            }
        }
        // mail filed away from the inbox is still correspondence: Gmail's All Mail (a message found in several
        // folders counts once, by Message-ID), an Archive folder
        for (String folder : ImapFolderList.archives(listed)) {
            if (!names.contains(folder) && !folder.equalsIgnoreCase("INBOX")) {
                names.add(folder);
            }
        }
        return names;
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
            long[] uids = newUids(folder, from);
            MessageParser parser = new MessageParser();
            long last = from - 1;
            for (int i = 0; i < uids.length; i += BATCH) {
                long[] batch = Arrays.copyOfRange(uids, i, Math.min(uids.length, i + BATCH));
                for (Fetched f : fetch(folder, batch).values()) {
                    boolean cut = f.header() != null && f.header().length >= HEADER_BYTES;
                    deliver(sink, parser, name, cut ? f.withHeader(fieldByField(folder, f.uid())) : f);
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

    /**
     * The UIDs from {@code from} on, ascending (UID SEARCH: numbers only, so even a folder of a million
     * messages costs a few megabytes here and no message is held). {@code n:*} names the last message when
     * every UID is below n (RFC 3501 6.4.8), so lower UIDs are dropped.
     */
    private static long[] newUids(IMAPFolder folder, long from) throws MessagingException {
        return (long[]) folder.doCommand(p -> {
            Response[] responses = p.command("UID SEARCH UID " + from + ":*", null);
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

    /** One message fetched: its UID, INTERNALDATE, header section and the start of its text. */
    private record Fetched(long uid, Instant internalDate, byte[] header, byte[] text) {
        Fetched withHeader(byte[] section) {
            return new Fetched(uid, internalDate, section, text);
        }
    }

    /**
     * Fetches the first {@value #HEADER_BYTES} bytes of the header fields Kith reads, INTERNALDATE and the first
     * {@value #SNIPPET_BYTES} bytes of the text of the messages {@code uids} in one command, all with BODY.PEEK
     * so nothing is marked read. A server that answers HEADER.FIELDS with the whole header section is fine:
     * unwanted fields are dropped later. Returns them by UID, ascending; a UID expunged meanwhile is simply absent.
     */
    @SuppressWarnings("unchecked")
    private static Map<Long, Fetched> fetch(IMAPFolder folder, long[] uids) throws MessagingException {
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
    private static byte[] fieldByField(IMAPFolder folder, long uid) throws MessagingException {
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
                        byte[] bytes = body.getByteArray().getNewBytes();
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
                }
            }
            section.writeBytes(new byte[] {'\r', '\n'});
            return found ? section.toByteArray() : null;
        });
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

    private void deliver(MessageSink sink, MessageParser parser, String folder, Fetched f) {
        String origin = account.label() + "/" + folder + ";UID=" + f.uid();
        if (f.header() == null) {
            sink.unreadable(origin, "the server sent no header fields");
            return;
        }
        try {
            Headers headers = HeaderSection.parse(f.header());
            // no source key: a message without Message-ID is known by its sender, date, subject and recipients,
            // the same in every folder and after a UIDVALIDITY change, so it is never counted twice
            sink.message(parser.parse(headers, origin, f.internalDate(), snippet(headers, f.text()), null));
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

    /**
     * Why the server refused to sign in, in its own words when it gave some (Gmail: "Application-specific
     * password required"; Outlook: "AUTHENTICATE failed"), its response code left out.
     */
    private String refusal(AuthenticationFailedException e) {
        String said = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^\\s*\\[[^\\]]*\\]\\s*", "").strip();
        if (said.equals("No login methods supported!") || said.startsWith("No authentication mechanisms")) {
            return noPasswordSignIn();
        }
        String words = "the server refused the user name or password";
        return said.isEmpty() || said.equalsIgnoreCase("failed") ? words : words + " (it said: " + said + ")";
    }

    /** A certificate neither Java's authorities nor the user's pinned fingerprint vouch for, named by its fingerprint. */
    private String untrusted() {
        String seen = tls.seen();
        return "the server's TLS certificate is not trusted (self-signed, or issued by an authority Java does not"
                + " know), so Kith did not send the password" + (seen == null ? "" : "; its SHA-256 fingerprint is "
                + seen + ": if that is your server's certificate, add the source again with --tls-fingerprint " + seen);
    }

    /** A server that offers no sign-in by password (LOGINDISABLED, no AUTH=PLAIN or AUTH=LOGIN). */
    private String noPasswordSignIn() {
        return account.security() == ImapAccount.Security.NONE
                ? "the server accepts no password sign-in on an unencrypted connection: connect with TLS or"
                + " STARTTLS (and if it accepts only OAuth sign-in, as Microsoft 365 may, use an app password)"
                : "the server accepts no password sign-in, only OAuth (as Microsoft 365 and Gmail may): turn on"
                + " IMAP password access for the account, or create an app password and use it";
    }

    /** A server that went silent in mid-sync. */
    private String stopped() {
        return "the server stopped answering (nothing for " + seconds() + "); nothing of this sync was kept, the next"
                + " one starts where the last good one ended";
    }

    /** Why the connection or a command failed, in plain words. */
    private String reason(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return untrusted();
            }
            if (t instanceof java.io.IOException && String.valueOf(t.getMessage()).startsWith("Can't verify identity of server")
                    || t instanceof java.security.cert.CertificateException && String.valueOf(t.getMessage()).contains("match")) {
                return "the server's TLS certificate is for another host name than " + account.host();
            }
            if (t instanceof SSLException ssl) {
                String m = String.valueOf(ssl.getMessage());
                if (m.contains("plaintext") || m.contains("Unsupported or unrecognized SSL message")) {
                    return "the server at port " + account.port() + " does not speak TLS (on port 143, use STARTTLS)";
                }
                if (m.contains("PKIX") || m.contains("certification path")) {
                    return untrusted();
                }
                return "TLS failure (" + m + ")";
            }
            if (t instanceof java.net.SocketTimeoutException) {
                return stopped();
            }
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        // Angus words a lost connection as "* BYE Jakarta Mail Exception: java.net.SocketTimeoutException: …",
        // its cause only in the text
        if (m.contains("SocketTimeoutException") || m.contains("Read timed out")) {
            return stopped();
        }
        m = m.replaceAll("(Jakarta Mail Exception: )?([a-z]+\\.)+[A-Za-z]*(Exception|Error): ?", "").strip();
        if (m.contains("No login methods supported") || m.contains("No authentication mechanisms")) {
            return noPasswordSignIn();
        }
        if (m.contains("STARTTLS required but not supported")) {
            return "the server does not offer STARTTLS, so Kith did not send the password";
        }
        if (e instanceof FolderClosedException || e instanceof StoreClosedException
                || e.getCause() instanceof ConnectionException || m.contains("* BYE") || m.contains("BYE")) {
            String said = m.replace("* BYE", "").strip();
            return "the server closed the connection" + (said.isBlank() ? "" : " (" + said + ")")
                    + "; nothing of this sync was kept, the next one starts where the last good one ended";
        }
        return m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
