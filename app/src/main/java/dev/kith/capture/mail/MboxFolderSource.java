package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of mbox files, as Thunderbird keeps them ({@code Local Folders/Inbox}, {@code Sent}, subfolders in
 * {@code Inbox.sbd/}) or as several exported mailboxes lie side by side: every file in it and below it whose
 * first non-empty line is a {@code From } separator, in path order. Thunderbird's {@code .msf} indexes, its
 * {@code .dat} and {@code .json} settings, empty folders and hidden files are passed over; a folder without
 * any mbox file is refused.
 */
final class MboxFolderSource implements MessageSource {
    private static final int SNIFF = 4096;
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
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).filter(MboxFolderSource::candidate).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(folder.toString(), 0, "cannot read the folder: " + e.getMessage());
        }
        List<Path> mboxes = files.stream().filter(MboxFolderSource::startsWithSeparator).toList();
        if (mboxes.isEmpty()) {
            throw new ImportException(folder.toString(), 0, "no mbox file in this folder");
        }
        for (Path file : mboxes) {
            new MboxSource(file).read(sink);
        }
    }

    private static boolean candidate(Path file) {
        String name = file.getFileName().toString();
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
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
        while (i < head.length && (head[i] == '\r' || head[i] == '\n' || head[i] == ' ' || head[i] == '\t')) {
            i++;
        }
        return head.length - i >= 5 && head[i] == 'F' && head[i + 1] == 'r' && head[i + 2] == 'o' && head[i + 3] == 'm'
                && head[i + 4] == ' ';
    }
}
