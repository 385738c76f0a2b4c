package dev.kith.capture.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;

/**
 * The folders of an IMAP account, read incrementally: only messages after the last UID seen in each
 * folder (all of them when the folder's UIDVALIDITY changed), header fields only, fetched with
 * BODY.PEEK so nothing is marked read, with the first characters of a plain-text message as its snippet. A folder whose UIDNEXT shows nothing new is not fetched at all.
 * What was read is {@link #after()}, to be stored with the run. Not thread-safe; one per run.
 */
public final class ImapSource implements MessageSource {
    /** A folder's place: its UIDVALIDITY and the last UID captured. */
    public record FolderState(long uidValidity, long lastUid) {
    }

    private static final List<String> SENT_NAMES = List.of("Sent", "Sent Items", "Sent Mail", "Sent Messages",
            "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent");
    private static final int CONNECT_TIMEOUT_MS = 20_000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int SNIPPET_BYTES = 600;

    private final ImapAccount account;
    private final String password;
    private final Map<String, FolderState> before;
    private final Map<String, FolderState> after = new LinkedHashMap<>();

    /** Reads {@code account} with {@code password}, starting after {@code before} (folder name → state). */
    public ImapSource(ImapAccount account, String password, Map<String, FolderState> before) {
        this.account = account;
        this.password = password;
        this.before = Map.copyOf(before);
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
        try (Store store = session.getStore(protocol)) {
            store.connect(account.host(), account.port(), account.user(), password);
            for (String name : folders(store)) {
                IMAPFolder folder = (IMAPFolder) store.getFolder(name);
                if (!folder.exists()) {
                    throw new SourceException(account.label(), "there is no folder called '" + name + "'");
                }
                readFolder(folder, sink);
            }
        } catch (AuthenticationFailedException e) {
            throw new SourceException(account.label(), "the server refused the user name or password");
        } catch (MessagingException e) {
            throw new SourceException(account.label(), reason(e));
        }
    }

    private Properties properties(String protocol) {
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        p.setProperty(prefix + "timeout", Integer.toString(READ_TIMEOUT_MS));
        p.setProperty(prefix + "peek", "true");
        if (account.security() == ImapAccount.Security.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (account.security() != ImapAccount.Security.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** The configured folders; else the inbox and the sent folder (SPECIAL-USE \Sent, else a usual name). */
    private List<String> folders(Store store) throws MessagingException {
        if (!account.folders().isEmpty()) {
            return account.folders();
        }
        List<String> names = new ArrayList<>(List.of("INBOX"));
        String sent = null;
        List<String> all = new ArrayList<>();
        for (Folder f : store.getDefaultFolder().list("*")) {
            all.add(f.getFullName());
            if (sent == null && f instanceof IMAPFolder imap) {
                for (String attribute : imap.getAttributes()) {
                    if (attribute.equalsIgnoreCase("\\Sent")) {
                        sent = f.getFullName();
                    }
                }
            }
        }
        for (String candidate : SENT_NAMES) {
            if (sent != null) {
                break;
            }
            sent = all.stream().filter(n -> n.equalsIgnoreCase(candidate)).findFirst().orElse(null);
        }
        if (sent != null) {
            names.add(sent);
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
            if (next > 0 && next <= from) {
                after.put(name, new FolderState(validity, from - 1));
                return;
            }
            Message[] messages = folder.getMessagesByUID(from, UIDFolder.LASTUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
            Headers.WANTED.forEach(profile::add);
            folder.fetch(messages, profile);
            MessageParser parser = new MessageParser();
            long last = from - 1;
            for (Message m : messages) {
                long uid = folder.getUID(m);
                if (uid < from) {
                    continue;
                }
                deliver(sink, parser, folder, m, validity, uid);
                last = Math.max(last, uid);
            }
            after.put(name, new FolderState(validity, last));
        } finally {
            folder.close(false);
        }
    }

    private void deliver(MessageSink sink, MessageParser parser, IMAPFolder folder, Message m, long validity, long uid) {
        String origin = account.label() + "/" + folder.getFullName() + ";UID=" + uid;
        try {
            Headers headers = new Headers();
            for (String field : Headers.WANTED) {
                String[] values = m.getHeader(field);
                if (values != null) {
                    for (String v : values) {
                        headers.add(field, v);
                    }
                }
            }
            Instant internal = m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant();
            String key = "imap:" + folder.getFullName().toLowerCase(Locale.ROOT) + ";" + validity + ";" + uid;
            sink.message(parser.parse(headers, origin, internal, snippet(folder, m, headers), key));
        } catch (UnreadableMessageException e) {
            sink.unreadable(origin, e.getMessage());
        } catch (MessagingException | RuntimeException e) {
            if (e instanceof SourceException s) {
                throw s;
            }
            sink.unreadable(origin, "unreadable header fields (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The first characters of a plain-text message, fetched with BODY.PEEK (so it stays unread) and at most
     * {@value #SNIPPET_BYTES} bytes; null for multipart and other messages, or when the server gives none.
     */
    private static String snippet(IMAPFolder folder, Message m, Headers headers) {
        ContentTypes.Parsed type = ContentTypes.parse(headers.get("content-type"));
        if (type.base() != null && !type.base().equals("text/plain")) {
            return null;
        }
        int number = m.getMessageNumber();
        try {
            byte[] raw = (byte[]) folder.doCommand(p -> {
                BODY body = p.peekBody(number, "TEXT", 0, SNIPPET_BYTES);
                return body == null || body.getByteArray() == null ? null : body.getByteArray().getNewBytes();
            });
            return raw == null ? null : Snippets.of(raw, headers.get("content-transfer-encoding"), type.charset());
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String reason(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof SSLException) {
                return "TLS failure (" + t.getMessage() + ")";
            }
            if (t instanceof java.net.SocketTimeoutException) {
                return "the server did not answer in time";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
