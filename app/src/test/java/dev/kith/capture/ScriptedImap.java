package dev.kith.capture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny IMAP server on a free loopback port that answers as real servers do (RFC 3501, written from
 * the RFC and the servers' documented replies): a greeting with capabilities, LOGIN, LIST (with the
 * server's own attributes and separator), EXAMINE with or without UIDNEXT, UID SEARCH and UID FETCH of
 * header fields, TEXT partials and INTERNALDATE. Each test sets the quirk it shows (a full header for
 * HEADER.FIELDS, a BYE in mid-fetch, LOGINDISABLED, a refusal text). Every line the client sent is kept
 * in {@link #commands()}. A thread per connection; closed with the test.
 */
final class ScriptedImap implements AutoCloseable {
    /** A message of a folder: its UID, INTERNALDATE (IMAP form), header section and body. */
    record Msg(long uid, String internalDate, String header, String body) {
    }

    /** A folder: LIST attributes (e.g. {@code \Sent}), UIDVALIDITY and messages in UID order. */
    static final class Box {
        final String attributes;
        long uidValidity;
        final List<Msg> messages = new CopyOnWriteArrayList<>();

        Box(String attributes, long uidValidity) {
            this.attributes = attributes;
            this.uidValidity = uidValidity;
        }

        Box add(long uid, String internalDate, String header, String body) {
            messages.add(new Msg(uid, internalDate, header, body));
            return this;
        }
    }

    private static final Pattern UID_FETCH = Pattern.compile("(?i)UID FETCH (\\S+) \\((.*)\\)");
    private static final Pattern UID_SEARCH = Pattern.compile("(?i)UID SEARCH UID (\\S+)(?: NOT DELETED)?");

    /** Folder name as sent on the wire (modified UTF-7) → folder. */
    final Map<String, Box> boxes = Collections.synchronizedMap(new TreeMap<>());
    final List<String> commands = new CopyOnWriteArrayList<>();
    final Map<String, String> options = new ConcurrentHashMap<>();
    String capabilities = "IMAP4rev1 SPECIAL-USE";
    char separator = '/';
    String password = "secret";
    /** The refusal of a wrong login, as the server words it. */
    String loginRefusal = "NO [AUTHENTICATIONFAILED] Authentication failed.";
    /** Whether EXAMINE reports UIDNEXT (some servers leave it out). */
    boolean uidNext = true;
    /** Whether a HEADER.FIELDS fetch gets the whole header section back, as some servers send. */
    boolean fullHeader;
    /** After this many UID FETCH commands the server says BYE and hangs up (-1: never). */
    int byeAfterFetches = -1;
    /** Whether LIST returns attributes only with RETURN (SPECIAL-USE), as Cyrus does. */
    boolean specialUseOnlyOnRequest;

    private final ServerSocket socket;
    private final Thread thread;
    private volatile boolean open = true;
    private final java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();

    ScriptedImap() throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "scripted-imap");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    Box box(String wireName, String attributes, long uidValidity) {
        Box b = new Box(attributes, uidValidity);
        boxes.put(wireName, b);
        return b;
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    /** A header section with these fields, CRLF-separated and ended by the empty line. */
    static String header(String... lines) {
        return String.join("\r\n", lines) + "\r\n\r\n";
    }

    private void serve() {
        while (open) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> {
                    try (s) {
                        converse(s);
                    } catch (IOException e) {
                        // the client went away
                    }
                }, "scripted-imap-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                // the server was closed
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = s.getOutputStream();
        send(out, "* OK [CAPABILITY " + capabilities + "] scripted server ready\r\n");
        Box selected = null;
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            int space = line.indexOf(' ');
            String tag = line.substring(0, space);
            String command = line.substring(space + 1);
            String verb = command.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "CAPABILITY" -> send(out, "* CAPABILITY " + capabilities + "\r\n" + tag + " OK done\r\n");
                case "LOGIN" -> {
                    String[] parts = command.split(" ");
                    String given = parts[parts.length - 1].replace("\"", "");
                    if (capabilities.contains("LOGINDISABLED")) {
                        send(out, tag + " NO [PRIVACYREQUIRED] LOGIN is disabled on this connection\r\n");
                    } else if (given.equals(password)) {
                        send(out, tag + " OK [CAPABILITY " + capabilities + "] Logged in\r\n");
                    } else {
                        send(out, tag + " " + loginRefusal + "\r\n");
                    }
                }
                case "LIST" -> send(out, list(tag, command));
                case "EXAMINE", "SELECT" -> {
                    String name = unquote(command.substring(verb.length() + 1));
                    selected = boxes.get(name);
                    if (selected == null) {
                        send(out, tag + " NO [NONEXISTENT] Mailbox doesn't exist: " + name + "\r\n");
                    } else {
                        long next = selected.messages.stream().mapToLong(Msg::uid).max().orElse(0) + 1;
                        send(out, "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                                + "* " + selected.messages.size() + " EXISTS\r\n* 0 RECENT\r\n"
                                + "* OK [UIDVALIDITY " + selected.uidValidity + "] UIDs valid\r\n"
                                + (uidNext ? "* OK [UIDNEXT " + next + "] Predicted next UID\r\n" : "")
                                + tag + " OK [READ-ONLY] Examine completed\r\n");
                    }
                }
                case "UID" -> {
                    if (!uid(out, tag, command, selected)) {
                        return;
                    }
                }
                case "LOGOUT" -> {
                    send(out, "* BYE Logging out\r\n" + tag + " OK Logout completed\r\n");
                    return;
                }
                default -> send(out, tag + " OK " + verb + " completed\r\n");
            }
        }
    }

    private String list(String tag, String command) {
        boolean special = command.toUpperCase(Locale.ROOT).contains("RETURN (SPECIAL-USE)");
        String[] args = command.replaceFirst("(?i)\\s*RETURN \\(.*\\)$", "").split(" ", 3);
        String pattern = args.length > 2 ? unquote(args[2]) : "*";
        StringBuilder sb = new StringBuilder();
        synchronized (boxes) {
            for (Map.Entry<String, Box> e : boxes.entrySet()) {
                if (!pattern.equals("*") && !pattern.equals("%") && !pattern.equalsIgnoreCase(e.getKey())) {
                    continue;
                }
                String attrs = "\\HasNoChildren";
                if (!e.getValue().attributes.isEmpty() && (special || !specialUseOnlyOnRequest)) {
                    attrs += " " + e.getValue().attributes;
                }
                sb.append("* LIST (").append(attrs).append(") \"").append(separator).append("\" \"")
                        .append(e.getKey()).append("\"\r\n");
            }
        }
        return sb + tag + " OK List completed\r\n";
    }

    private boolean uid(OutputStream out, String tag, String command, Box box) throws IOException {
        Matcher search = UID_SEARCH.matcher(command);
        if (search.matches()) {
            StringBuilder sb = new StringBuilder("* SEARCH");
            for (Msg m : matching(box, search.group(1))) {
                sb.append(' ').append(m.uid());
            }
            send(out, sb + "\r\n" + tag + " OK Search completed\r\n");
            return true;
        }
        Matcher fetch = UID_FETCH.matcher(command);
        if (!fetch.matches()) {
            send(out, tag + " BAD unknown UID command\r\n");
            return true;
        }
        int count = fetches.incrementAndGet();
        String items = fetch.group(2).toUpperCase(Locale.ROOT);
        List<Msg> wanted = matching(box, fetch.group(1));
        int sent = 0;
        for (Msg m : wanted) {
            if (byeAfterFetches >= 0 && count > byeAfterFetches && sent == 1) {
                send(out, "* BYE Server shutting down\r\n");
                return false;
            }
            int seq = box.messages.indexOf(m) + 1;
            StringBuilder sb = new StringBuilder("* " + seq + " FETCH (UID " + m.uid());
            if (items.contains("INTERNALDATE")) {
                sb.append(" INTERNALDATE \"").append(m.internalDate()).append('"');
            }
            Matcher fields = Pattern.compile("BODY\\.PEEK\\[HEADER\\.FIELDS \\(([^)]*)\\)\\]").matcher(items);
            if (fields.find()) {
                String section = fullHeader ? m.header() : only(m.header(), fields.group(1));
                byte[] bytes = section.getBytes(StandardCharsets.UTF_8);
                sb.append(" BODY[HEADER.FIELDS (").append(fields.group(1)).append(")] {").append(bytes.length)
                        .append("}\r\n").append(new String(bytes, StandardCharsets.ISO_8859_1));
            }
            Matcher text = Pattern.compile("BODY\\.PEEK\\[TEXT\\]<0\\.(\\d+)>").matcher(items);
            if (text.find()) {
                byte[] body = m.body().getBytes(StandardCharsets.UTF_8);
                int n = Math.min(body.length, Integer.parseInt(text.group(1)));
                sb.append(" BODY[TEXT]<0> {").append(n).append("}\r\n")
                        .append(new String(body, 0, n, StandardCharsets.ISO_8859_1));
            }
            sb.append(")\r\n");
            send(out, sb.toString());
            sent++;
        }
        if (byeAfterFetches >= 0 && count > byeAfterFetches) {
            send(out, "* BYE Server shutting down\r\n");
            return false;
        }
        send(out, tag + " OK Fetch completed\r\n");
        return true;
    }

    /** The messages of {@code box} whose UID is in the set {@code set} ({@code 1:*}, {@code 4,7:9}). */
    private static List<Msg> matching(Box box, String set) {
        long max = box.messages.stream().mapToLong(Msg::uid).max().orElse(0);
        List<Msg> found = new ArrayList<>();
        for (Msg m : box.messages) {
            for (String part : set.split(",")) {
                String[] ends = part.split(":");
                long a = ends[0].equals("*") ? max : Long.parseLong(ends[0]);
                long b = ends.length == 1 ? a : ends[1].equals("*") ? max : Long.parseLong(ends[1]);
                if (m.uid() >= Math.min(a, b) && m.uid() <= Math.max(a, b)) {
                    found.add(m);
                    break;
                }
            }
        }
        return found;
    }

    /** The lines of {@code header} whose field is in the space-separated {@code names}, with the empty line. */
    private static String only(String header, String names) {
        List<String> wanted = List.of(names.toUpperCase(Locale.ROOT).split(" "));
        StringBuilder sb = new StringBuilder();
        boolean keep = false;
        for (String line : header.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                keep = wanted.contains(line.substring(0, Math.max(0, line.indexOf(':'))).toUpperCase(Locale.ROOT));
            }
            if (keep) {
                sb.append(line).append("\r\n");
            }
        }
        return sb.append("\r\n").toString();
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        open = false;
        socket.close();
    }
}
