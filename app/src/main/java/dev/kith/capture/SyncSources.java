package dev.kith.capture;

import dev.kith.capture.mail.ImapAccount;
import dev.kith.core.KithException;
import dev.kith.core.NotFoundException;
import dev.kith.core.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The live sources file, {@code sources.properties} in Kith's private config folder (beside the SMTP
 * settings): each source's account and password. Created readable and writable by its owner only (0600),
 * replaced atomically, in a folder only its owner can enter (0700). Secrets live only here: never in
 * the database, backups, logs or the API. Thread-safe for one process.
 */
public final class SyncSources {
    static final String FILE = "sources.properties";
    private final Path file;

    public SyncSources(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Every configured source, in id order; empty when none. */
    public synchronized List<SyncSource> list() {
        Properties p = load();
        List<SyncSource> sources = new ArrayList<>();
        TreeSet<Integer> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.matches("source\\.\\d{1,6}\\.kind")) {
                ids.add(Integer.parseInt(key.substring(7, key.length() - 5)));
            }
        }
        for (int id : ids) {
            String k = "source." + id + ".";
            try {
                String kind = p.getProperty(k + "kind");
                String book = p.getProperty(k + "book", "default");
                if (kind.equals("imap")) {
                    ImapAccount account = new ImapAccount(p.getProperty(k + "host"),
                            Integer.parseInt(p.getProperty(k + "port", "993")),
                            ImapAccount.Security.parse(p.getProperty(k + "security", "tls")), p.getProperty(k + "user"),
                            Arrays.asList(p.getProperty(k + "folders", "").split(",")),
                            p.getProperty(k + "tls-fingerprint"));
                    sources.add(new SyncSource(Integer.toString(id), kind, book, account, null, null,
                            p.getProperty(k + "password", "")));
                } else if (kind.equals("carddav")) {
                    sources.add(new SyncSource(Integer.toString(id), kind, book, null,
                            java.net.URI.create(p.getProperty(k + "url")), p.getProperty(k + "user"),
                            p.getProperty(k + "password"), p.getProperty(k + "push", "all"),
                            Boolean.parseBoolean(p.getProperty(k + "propagate-archive", "false"))));
                } else {
                    sources.add(new SyncSource(Integer.toString(id), kind, book, null,
                            java.net.URI.create(p.getProperty(k + "url")), p.getProperty(k + "user"),
                            p.getProperty(k + "password")));
                }
            } catch (RuntimeException e) {
                throw new KithException("source " + id + " in " + file + " is damaged: " + e.getMessage(), e);
            }
        }
        return sources;
    }

    /** Adds an IMAP source feeding book {@code book}; returns it with its new id. */
    public synchronized SyncSource add(String book, ImapAccount account, String password) {
        Properties p = load();
        int id = nextId(p);
        String k = "source." + id + ".";
        p.setProperty(k + "kind", "imap");
        p.setProperty(k + "book", book);
        p.setProperty(k + "host", account.host());
        p.setProperty(k + "port", Integer.toString(account.port()));
        p.setProperty(k + "security", account.security().code());
        p.setProperty(k + "user", account.user());
        p.setProperty(k + "password", password);
        p.setProperty(k + "folders", String.join(",", account.folders()));
        if (account.tlsFingerprint() != null) {
            p.setProperty(k + "tls-fingerprint", account.tlsFingerprint());
        }
        save(p);
        return new SyncSource(Integer.toString(id), "imap", book, account, null, null, password);
    }

    /**
     * Adds a calendar source feeding book {@code book}: {@code kind} {@code caldav} (a calendar collection,
     * with {@code user} and {@code password}) or {@code ics} (a published calendar; both may be null).
     */
    public synchronized SyncSource addCalendar(String book, String kind, java.net.URI url, String user, String password) {
        Properties p = load();
        int id = nextId(p);
        SyncSource source = new SyncSource(Integer.toString(id), kind, book, null, url, user, password);
        putDav(p, id, kind, book, url, user, password);
        save(p);
        return source;
    }

    /**
     * Adds a CardDAV address book feeding and fed by book {@code book}: its {@code url}, {@code user} and
     * {@code password} (both may be null), the contacts it receives ({@code push}, e.g.
     * {@code circle:close,tag:ala}; null: all) and whether archiving in Kith deletes the card.
     */
    public synchronized SyncSource addCardDav(String book, java.net.URI url, String user, String password, String push,
                                              boolean propagateArchive) {
        Properties p = load();
        int id = nextId(p);
        String scope = push == null || push.isBlank() ? "all" : push.strip();
        SyncSource source = new SyncSource(Integer.toString(id), "carddav", book, null, url, user, password, scope,
                propagateArchive);
        String k = putDav(p, id, "carddav", book, url, user, password);
        p.setProperty(k + "push", scope);
        p.setProperty(k + "propagate-archive", Boolean.toString(propagateArchive));
        save(p);
        return source;
    }

    /** Puts a DAV source's kind, book, URL and (when given) user and password under its id; returns its key prefix. */
    private static String putDav(Properties p, int id, String kind, String book, java.net.URI url, String user,
                                 String password) {
        String k = "source." + id + ".";
        p.setProperty(k + "kind", kind);
        p.setProperty(k + "book", book);
        p.setProperty(k + "url", url.toString());
        if (user != null) {
            p.setProperty(k + "user", user);
        }
        if (password != null) {
            p.setProperty(k + "password", password);
        }
        return k;
    }

    private static int nextId(Properties p) {
        int id = 1;
        while (p.containsKey("source." + id + ".kind")) {
            id++;
        }
        return id;
    }

    /** Removes source {@code id}; a {@link NotFoundException} when there is none. */
    public synchronized SyncSource remove(String id) {
        SyncSource gone = list().stream().filter(s -> s.id().equals(id.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("no sync source " + id + " (see: kith sync list)"));
        Properties p = load();
        p.stringPropertyNames().stream().filter(key -> key.startsWith("source." + gone.id() + "."))
                .forEach(p::remove);
        save(p);
        return gone;
    }

    private Properties load() {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new KithException("cannot read the sources file " + file + ": " + e.getMessage(), e);
        }
    }

    private void save(Properties p) {
        PrivateFiles.store(file, p, "Kith live sources (kith sync add); holds passwords: keep this file private",
                "the sources file");
    }
}
