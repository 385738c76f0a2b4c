package dev.kith.capture.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.ListInfo;

/**
 * An IMAP account's folders and their attributes, and the choice made from them: the sent folders, the
 * archives, and the folders never read (junk, trash, drafts). Attributes come from {@code LIST "" "*" RETURN (SPECIAL-USE)}
 * when the server announces SPECIAL-USE (RFC 6154; some servers, Cyrus among them, give {@code \Sent} only
 * then), else from a plain LIST; names arrive decoded from modified UTF-7 (RFC 3501 5.1.3). Without
 * attributes, the usual and localized names of Gmail, Outlook, Dovecot, Cyrus, iCloud and Yahoo stand in.
 */
final class ImapFolderList {
    /** Names of a sent folder, lower case, below the top level, {@code INBOX.} or {@code [Gmail]/}. */
    private static final Set<String> SENT = Set.of("sent", "sent items", "sent mail", "sent messages",
            "sent-mail", "gesendet", "gesendete elemente", "gesendete objekte", "éléments envoyés",
            "messages envoyés", "envoyés", "enviados", "elementos enviados", "itens enviados", "posta inviata",
            "inviata", "verzonden items", "verzonden", "skickat", "skickade objekt", "sendt", "sendte elementer",
            "lähetetyt", "wysłane", "odeslaná pošta", "отправленные");
    /** Names of an archive of received mail, lower case, at the same places. */
    private static final Set<String> ARCHIVE = Set.of("archive", "archives", "all mail", "archiv", "archivo", "archivio",
            "arquivo", "archief", "arkiv");
    /** Names of folders never read, lower case, at the same places. */
    private static final Set<String> NEVER = Set.of("spam", "junk", "junk e-mail", "junk email", "bulk mail",
            "trash", "deleted items", "deleted messages", "bin", "papierkorb", "corbeille", "drafts", "entwürfe",
            "brouillons", "borradores", "junk-e-mail", "spam-verdacht");
    private static final List<String> PARENTS = List.of("[gmail]", "[google mail]", "inbox");
    private static final Set<String> NOT_READ_ATTRIBUTES = Set.of("\\junk", "\\trash", "\\drafts", "\\noselect",
            "\\nonexistent");

    private ImapFolderList() {
    }

    /** Every folder's name → its attributes in lower case, in the server's order. */
    static Map<String, Set<String>> of(IMAPFolder root) throws MessagingException {
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        root.doCommand(p -> {
            Response[] responses = null;
            if (p.hasCapability("SPECIAL-USE")) {
                responses = p.command("LIST \"\" \"*\" RETURN (SPECIAL-USE)", null);
                if (!responses[responses.length - 1].isOK()) {
                    responses = null;
                }
            }
            if (responses == null) {
                responses = p.command("LIST \"\" \"*\"", null);
            }
            p.notifyResponseHandlers(responses);
            p.handleResult(responses[responses.length - 1]);
            for (Response r : responses) {
                if (r instanceof IMAPResponse ir && ir.keyEquals("LIST")) {
                    ListInfo info = new ListInfo(ir);
                    Set<String> attributes = info.attrs == null ? Set.of() : java.util.Arrays.stream(info.attrs)
                            .map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
                    listed.putIfAbsent(info.name, attributes);
                }
            }
            return null;
        });
        return listed;
    }

    /**
     * The folders to read of the account whose folders are {@code root}'s: those {@code configured} (matched
     * ignoring case when not listed exactly), else the inbox, the sent folders (SPECIAL-USE {@code \Sent},
     * RFC 6154, else usual or localized names: a server may have several, as Dovecot marks both Sent and Sent
     * Messages) and the archives ({@code \All}, {@code \Archive}, else their usual names); never a folder the
     * server marks {@code \Junk}, {@code \Trash} or {@code \Drafts}.
     */
    static List<String> toRead(IMAPFolder root, List<String> configured) throws MessagingException {
        Map<String, Set<String>> listed = of(root);
        if (!configured.isEmpty()) {
            List<String> chosen = new ArrayList<>();
            for (String wanted : configured) {
                String name = listed.containsKey(wanted) ? wanted : listed.keySet().stream()
                        .filter(n -> n.equalsIgnoreCase(wanted)).findFirst().orElse(wanted);
                if (!neverRead(name, listed.get(name))) {
                    chosen.add(name);
                }
            }
            return chosen;
        }
        List<String> names = new ArrayList<>(List.of("INBOX"));
        // mail filed away from the inbox is still correspondence: Gmail's All Mail (a message found in several
        // folders counts once, by Message-ID), an Archive folder
        for (String folder : java.util.stream.Stream.concat(sent(listed).stream(), archives(listed).stream()).toList()) {
            if (!names.contains(folder) && !folder.equalsIgnoreCase("INBOX")) {
                names.add(folder);
            }
        }
        return names;
    }

    /**
     * The sent folders: every one marked {@code \Sent} (a server may mark several: Dovecot's default marks Sent and
     * Sent Messages, one client saving to each), else every one with a sent folder's name; none selectable: empty.
     */
    static List<String> sent(Map<String, Set<String>> listed) {
        return marked(listed, Set.of("\\sent"), SENT);
    }

    /**
     * The folders where mail is filed away from the inbox: every one marked {@code \All} (Gmail's All Mail) or
     * {@code \Archive}, else every one with an archive's name; empty when there is none.
     */
    static List<String> archives(Map<String, Set<String>> listed) {
        return marked(listed, Set.of("\\all", "\\archive"), ARCHIVE);
    }

    /** The folders read that carry one of {@code attributes}, else those whose leaf is one of {@code names}. */
    private static List<String> marked(Map<String, Set<String>> listed, Set<String> attributes, Set<String> names) {
        List<String> marked = listed.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(attributes::contains) && !neverRead(e.getKey(), e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!marked.isEmpty()) {
            return marked;
        }
        return listed.entrySet().stream()
                .filter(e -> names.contains(leaf(e.getKey())) && !neverRead(e.getKey(), e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Whether folder {@code name} (attributes {@code attributes}, null when the server did not list it) is one
     * never read: junk, trash or drafts by its attributes or, when it has no special-use attribute, by its name.
     */
    static boolean neverRead(String name, Set<String> attributes) {
        Set<String> a = attributes == null ? Set.of() : attributes;
        if (a.stream().anyMatch(NOT_READ_ATTRIBUTES::contains)) {
            return true;
        }
        boolean specialUse = a.stream().anyMatch(x -> Set.of("\\sent", "\\all", "\\archive", "\\flagged").contains(x));
        return !specialUse && NEVER.contains(leaf(name));
    }

    /** The folder's own name, lower case, when it is at the top level or right below INBOX or [Gmail]; else "". */
    static String leaf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String parent : PARENTS) {
            if (lower.length() > parent.length() + 1 && lower.startsWith(parent)
                    && (lower.charAt(parent.length()) == '/' || lower.charAt(parent.length()) == '.')) {
                return lower.substring(parent.length() + 1);
            }
        }
        return lower.indexOf('/') < 0 && lower.indexOf('.') < 0 ? lower : "";
    }
}
