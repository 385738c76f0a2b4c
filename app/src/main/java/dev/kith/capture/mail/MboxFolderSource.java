package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of mbox files, as Thunderbird keeps them ({@code Local Folders/Inbox}, {@code Sent}, subfolders in
 * {@code Inbox.sbd/}) or as several exported mailboxes lie side by side: every file in it and below it whose
 * first non-empty line is a {@code From } separator, in path order; and of saved messages, one per file: every
 * other {@code .eml} or {@code .emlx} file, and every file starting with a message's header fields (an MH folder,
 * readpst's {@code -M}), read by {@link MessageFileSource}. Thunderbird's {@code .msf} indexes, its
 * {@code .dat} and {@code .json} settings, empty folders and hidden files are passed over, and so are the drafts
 * and templates folders (mail never sent), the junk and trash folders (mail thrown away), Outlook's RSS feeds and
 * Sync Issues folders in readpst's output, Thunderbird's news feeds
 * (a folder with {@code feeds.json}) and the attachments Apple Mail keeps beside its {@code .emlx} files (a forwarded
 * {@code .eml} among them is not mail I received); a folder without
 * any mbox file is refused.
 */
final class MboxFolderSource implements MessageSource {
    private static final int SNIFF = 4096;
    private static final Set<String> UNSENT = Set.of("drafts", "draft", "templates", "entwürfe", "vorlagen",
            "brouillons", "modèles", "borradores", "plantillas", "bozze", "concepten",
            "outbox", "unsent messages", "postausgang", "boîte d'envoi");
    /**
     * Outlook's folders of things that are not mail (readpst writes them as folders like any other): news feeds, and
     * the copies and logs of its failed synchronisations ({@code Sync Issues} with {@code Conflicts}, {@code Local
     * Failures} and {@code Server Failures} below it), also localized.
     */
    private static final Set<String> NOT_MAIL = Set.of("rss feeds", "rss subscriptions", "rss-feeds", "rss-abonnements",
            "flux rss", "sync issues", "synchronisierungsprobleme", "problèmes de synchronisation",
            "problemas de sincronización", "problemi di sincronizzazione");
    /** The files that mark a Thunderbird account of news feeds (blog posts stored as mbox files, not mail). */
    private static final Set<String> FEED_LISTS = Set.of("feeds.json", "feeds.rdf", "feeditems.json", "feeditems.rdf");
    private final Path folder;

    MboxFolderSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public String kind() {
        return "mbox";
    }

    @Override
    public void read(MessageSink sink) {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(folder.toString(), 0, "cannot read the folder: " + e.getMessage());
        }
        List<Path> feeds = all.stream().filter(p -> FEED_LISTS.contains(p.getFileName().toString()))
                .map(Path::getParent).toList();
        List<Path> files = all.stream().filter(p -> candidate(folder.relativize(p)))
                .filter(p -> feeds.stream().noneMatch(p::startsWith)).toList();
        List<Path> mail = files.stream().filter(p -> startsWithSeparator(p) || MessageFileSource.holdsOne(p)).toList();
        if (mail.isEmpty()) {
            throw new ImportException(folder.toString(), 0, "no mbox file or saved message (.eml) in this folder"
                    + (files.stream().anyMatch(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".msg"))
                    ? "; Outlook's .msg files cannot be read: save the messages as .eml, or export an mbox" : ""));
        }
        MessageParser parser = new MessageParser();
        for (Path file : mail) {
            if (startsWithSeparator(file) && !MessageFileSource.named(file)) {
                new MboxSource(file).read(sink);
            } else {
                MessageFileSource.read(file, file.toString(), parser, sink);
            }
        }
    }

    /**
     * Whether a folder called {@code name} (a Thunderbird mbox file, an exported {@code .mbox}, a Maildir or
     * Maildir++ folder such as {@code .Drafts} or {@code .INBOX.Junk}) is never read: mail never sent (drafts or
     * templates) or mail thrown away (junk, spam, trash, deleted messages), also localized, as an IMAP source
     * never reads such folders.
     */
    static boolean skipped(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        n = n.endsWith(".mbox") ? n.substring(0, n.length() - 5) : n; // Apple Mail's Drafts.mbox
        if (n.startsWith(".") && n.length() > 1) { // Maildir++: .Sync Issues.Conflicts is below .Sync Issues
            for (String part : n.substring(1).split("\\.")) {
                if (skippedLeaf(part)) {
                    return true;
                }
            }
            return false;
        }
        return skippedLeaf(n);
    }

    private static boolean skippedLeaf(String n) {
        return UNSENT.contains(n) || NOT_MAIL.contains(n) || ImapFolderList.neverRead(n, null);
    }

    /** Whether {@code relative} (a file's path inside the folder) may be an mbox file of mail sent or received. */
    private static boolean candidate(Path relative) {
        boolean data = false;
        for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
            String n = part.toString();
            if (skipped(n.endsWith(".sbd") ? n.substring(0, n.length() - 4) : n) || data && n.equals("Attachments")) {
                return false; // Drafts or Junk, a folder below Drafts.sbd, Apple Mail's copies of attachments
            }
            data |= n.equals("Data");
        }
        if (skipped(relative.getFileName().toString())) {
            return false;
        }
        String name = relative.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".msf") && !name.endsWith(".dat") && !name.endsWith(".json")
                && !name.endsWith(".html") && !name.endsWith(".plist");
    }

    /** Whether the first non-empty line of the file's first 4 KiB starts with {@code From } (after a BOM). */
    static boolean startsWithSeparator(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read the file: " + e.getMessage());
        }
        return startsWithSeparator(head);
    }

    /** Whether the first non-empty line of {@code head}, a file's first bytes, starts with {@code From } (after a BOM). */
    static boolean startsWithSeparator(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
        while (i < head.length && (head[i] == '\r' || head[i] == '\n' || head[i] == ' ' || head[i] == '\t')) {
            i++;
        }
        return head.length - i >= 5 && head[i] == 'F' && head[i + 1] == 'r' && head[i + 2] == 'o' && head[i + 3] == 'm'
                && head[i + 4] == ' ';
    }
}
