package dev.kith.capture.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a {@link MailMessage} of a message's header fields, as leniently as mail readers do: RFC 2047
 * names and subjects decoded (words split inside a character joined first, see {@link EncodedWords}),
 * addresses in lower case, groups such as {@code undisclosed-recipients:;}
 * opened (an empty group adds nobody), a missing or unreadable Date replaced by the source's fallback
 * (unless that is a placeholder such as the Unix epoch), and a Date later than the message can have arrived
 * replaced by its arrival (see {@link #parse(Headers, String, Instant, Instant, String, String)}).
 * Not thread-safe (the date parser is not); one per source.
 */
public final class MessageParser {
    /** Characters of a subject kept. */
    public static final int MAX_SUBJECT = 200;
    /**
     * How much later than a message's arrival its Date may be and still be believed: a sender's clock a little fast,
     * a zone written wrong ({@code +0000} for local time), a server's INTERNALDATE in another zone.
     */
    public static final Duration SKEW = Duration.ofDays(1);
    private static final int MAX_KEY = 250;
    private static final int MAX_ADDRESSES = 500;
    private static final Pattern UNDECODED = Pattern.compile("=\\?[^?\\s]+\\?[QqBb]\\?[^?\\s]*\\?=");
    private static final Pattern ANGLED = Pattern.compile("<([^<>\\s]{1,998})>");
    private final MailDates dates = new MailDates();

    /** {@link #parse(Headers, String, Instant, Instant, String, String)} with no arrival known. */
    public MailMessage parse(Headers h, String origin, Instant fallbackDate, String snippet, String sourceKey)
            throws UnreadableMessageException {
        return parse(h, origin, fallbackDate, null, snippet, sourceKey);
    }

    /**
     * The message these fields describe. {@code fallbackDate} (the mbox separator's date, a Maildir
     * file's time; null when the source has none) stands in for a missing or unreadable Date;
     * {@code arrivedBy} is a time the message had arrived by (an IMAP INTERNALDATE, a Maildir file's delivery, an
     * mbox separator's date; null when the source knows none): a Date more than {@link #SKEW} later is not believed,
     * and the message is dated {@code arrivedBy}, its Date kept as {@link MailMessage#claimedAt()}.
     * {@code sourceKey} is the source's own key, null for files.
     */
    public MailMessage parse(Headers h, String origin, Instant fallbackDate, Instant arrivedBy, String snippet,
                             String sourceKey) throws UnreadableMessageException {
        List<Address> senders = addresses(h.get("from"));
        if (senders.isEmpty()) {
            senders = addresses(h.get("sender"));
        }
        if (senders.isEmpty()) {
            throw new UnreadableMessageException(h.has("from") ? "no sender address in From: " + shorten(h.get("from"))
                    : "no From field");
        }
        Instant sentAt = dates.read(h.get("date"));
        Instant claimedAt = null;
        Instant arrived = MailDates.plausible(arrivedBy);
        if (sentAt == null) {
            sentAt = MailDates.plausible(fallbackDate);
        } else if (arrived != null && sentAt.isAfter(arrived.plus(SKEW))) {
            claimedAt = sentAt;
            sentAt = arrived;
        }
        if (sentAt == null) {
            throw new UnreadableMessageException("no date");
        }
        String subject = subject(h.get("subject"));
        Address from = senders.get(0);
        String root = firstId(h.get("references"));
        if (root == null) {
            root = firstId(h.get("in-reply-to"));
        }
        return new MailMessage(origin, firstId(h.get("message-id")), sourceKey, sentAt, claimedAt, from,
                addresses(h.get("to")), addresses(h.get("cc")), addresses(h.get("bcc")), subject, root, snippet,
                Classifier.classify(h, from, subject), Classifier.labelled(h.get("x-gmail-labels"), "sent"));
    }

    /** The decoded subject on one line, at most {@value #MAX_SUBJECT} characters; null when blank. */
    static String subject(String raw) {
        if (raw == null) {
            return null;
        }
        return Snippets.oneLine(decode(EncodedWords.join(raw)), MAX_SUBJECT);
    }

    /** The addresses of an address-list field, groups opened, invalid entries dropped, in order, distinct. */
    static List<Address> addresses(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<Address> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try {
            String dangling = null;
            for (InternetAddress a : InternetAddress.parseHeader(EncodedWords.join(field), false)) {
                String word = dangling;
                dangling = null;
                if (!a.isGroup() && word != null && a.getPersonal() != null && clean(a.getAddress()) != null) {
                    // "Rivera, Sam <sam@x>" unquoted, as some mailers write it: one name, not a word and a mailbox
                    try {
                        a.setPersonal(word + ", " + a.getPersonal(), "UTF-8");
                    } catch (java.io.UnsupportedEncodingException e) {
                        throw new IllegalStateException(e);
                    }
                }
                if (!a.isGroup() && a.getPersonal() == null && clean(a.getAddress()) == null) {
                    dangling = nameWord(a.getAddress());
                    continue;
                }
                if (a.isGroup()) {
                    try {
                        InternetAddress[] members = a.getGroup(false);
                        if (members != null) {
                            for (InternetAddress m : members) {
                                add(result, seen, m);
                            }
                        }
                    } catch (AddressException e) {
                        // an unreadable group adds nobody
                    }
                } else {
                    add(result, seen, a);
                }
                if (result.size() >= MAX_ADDRESSES) {
                    break;
                }
            }
        } catch (AddressException | RuntimeException e) {
            for (String bare : bareAddresses(field)) {
                if (result.size() >= MAX_ADDRESSES) {
                    break;
                }
                String email = clean(bare);
                if (email != null && seen.add(email)) {
                    result.add(new Address(email, null));
                }
            }
        }
        return result;
    }

    /**
     * {@code text} when it reads as the surname half of an unquoted "Surname, Given &lt;address&gt;": a few words of
     * letters (and {@code . ' -}), no {@code @}; else null.
     */
    static String nameWord(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '.' && c != '\'' && c != '-') {
                return null;
            }
        }
        return t;
    }

    /**
     * The runs of address characters in {@code field} with an {@code @} inside (not first, not last): what
     * {@code [^\\s<>"',;:()]+@[^\\s<>"',;:()]+} finds, in one pass instead of a rescan from every position.
     */
    static List<String> bareAddresses(String field) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int at = -1;
        for (int i = 0; i <= field.length(); i++) {
            if (i == field.length() || !addressChar(field.charAt(i))) {
                if (at >= 0 && at < i - 1) {
                    out.add(field.substring(start, i));
                }
                start = i + 1;
                at = -1;
            } else if (field.charAt(i) == '@' && i > start && at < 0) {
                at = i;
            }
        }
        return out;
    }

    private static boolean addressChar(char c) {
        return !Character.isWhitespace(c) && "<>\"',;:()".indexOf(c) < 0;
    }

    private static void add(List<Address> result, Set<String> seen, InternetAddress a) {
        String email = clean(a.getAddress());
        if (email == null || !seen.add(email)) {
            return;
        }
        String name = a.getPersonal();
        if (name != null && name.contains("=?")) {
            name = decode(name);
            if (UNDECODED.matcher(name.strip()).matches()) {
                name = null; // a name that is one encoded word that cannot be decoded (broken base64) is no name
            }
        }
        name = Snippets.oneLine(name == null ? null : unquoted(name.replace("\"", "").strip()), 200);
        if (name != null && (name.equalsIgnoreCase(email) || name.isBlank())) {
            name = null;
        }
        result.add(new Address(email, name));
    }

    /**
     * {@code name} without the single quotes some mailers wrap a whole name in ({@code 'Ana Lima'}); an
     * apostrophe inside a name ({@code O'Brien}) is kept.
     */
    private static String unquoted(String name) {
        return name.length() > 1 && name.startsWith("'") && name.endsWith("'")
                ? name.substring(1, name.length() - 1).strip() : name;
    }

    /** {@code email} trimmed, in lower case, without brackets or quotes; null unless it looks like local@domain. */
    private static String clean(String email) {
        if (email == null) {
            return null;
        }
        String e = email.trim();
        if (e.startsWith("<") && e.endsWith(">")) {
            e = e.substring(1, e.length() - 1).trim();
        }
        if (e.startsWith("'") && e.endsWith("'") && e.length() > 1) {
            e = e.substring(1, e.length() - 1);
        }
        int at = e.lastIndexOf('@');
        if (at <= 0 || at == e.length() - 1 || e.length() > 254) {
            return null;
        }
        for (int i = 0; i < e.length(); i++) {
            if (Character.isWhitespace(e.charAt(i)) || Character.isISOControl(e.charAt(i))) {
                return null;
            }
        }
        return e.toLowerCase(Locale.ROOT);
    }

    /**
     * The first {@code <id>} of a field (or the trimmed field when it has no brackets), at most 250 characters;
     * null when there is none, as for an empty {@code <>}.
     */
    static String firstId(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        Matcher m = ANGLED.matcher(field);
        String id;
        if (m.find()) {
            id = m.group(1);
        } else {
            id = field.trim();
            if (id.indexOf(' ') >= 0 || id.indexOf('\t') >= 0 || id.equals("<>")) {
                return null; // "<>" (some mailers' empty id) would make every such message one
            }
        }
        if (id.isEmpty()) {
            return null;
        }
        return id.length() > MAX_KEY ? "sha256:" + MailMessage.hash(id) : id;
    }

    private static String decode(String raw) {
        if (!raw.contains("=?")) {
            return raw;
        }
        try {
            return MimeUtility.decodeText(raw);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return raw;
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
