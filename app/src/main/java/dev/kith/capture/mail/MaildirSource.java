package dev.kith.capture.mail;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Maildir: one message per file in the {@code cur} and {@code new} folders of the given folder and
 * of every folder below it, nested folders ({@code Archive/2024}) and Maildir++ ones ({@code .Sent},
 * {@code .Archive.2024}) alike; {@code tmp} is skipped, and so are drafts (a drafts or templates folder, a
 * file flagged {@code D}) and junk and trash folders. A message without a Date is dated by its
 * file's modification time, and one whose Date is later than the file was delivered by that delivery
 * ({@link #arrival}). Each file is read as {@link MessageFileSource} reads a saved message (a UTF-8 byte-order mark,
 * blank lines and an mbox separator line on top passed over). Folders are read in name order; files one at a time.
 */
final class MaildirSource implements MessageSource {
    private final Path root;

    MaildirSource(Path root) {
        this.root = root;
    }

    @Override
    public String kind() {
        return "maildir";
    }

    @Override
    public void read(MessageSink sink) {
        if (!Files.isDirectory(root)) {
            throw new ImportException(root.toString(), 0, "not a Maildir: not a folder");
        }
        List<Path> folders = messageFolders();
        if (folders.isEmpty()) {
            throw new ImportException(root.toString(), 0, "not a Maildir: no cur or new folder in it");
        }
        MessageParser parser = new MessageParser();
        for (Path folder : folders) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && !draft(name) && Files.isRegularFile(file)) {
                        readOne(file, parser, sink);
                    }
                }
            } catch (IOException e) {
                throw new ImportException(folder.toString(), 0, "cannot read the folder: " + e.getMessage());
            }
        }
    }

    private List<Path> messageFolders() {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isDirectory)
                    .filter(p -> {
                        String name = p.getFileName() == null ? "" : p.getFileName().toString();
                        return (name.equals("cur") || name.equals("new")) && !p.equals(root)
                                && !skippedFolder(p.getParent());
                    })
                    .sorted()
                    .forEach(folders::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(root.toString(), 0, "cannot read the folder: " + e.getMessage());
        }
        return folders;
    }

    /** Whether {@code folder} (holding cur and new) is below the Maildir's root and one never read (drafts, junk…). */
    private boolean skippedFolder(Path folder) {
        for (Path p = folder; p != null && !p.equals(root) && p.startsWith(root); p = p.getParent()) {
            if (p.getFileName() != null && MboxFolderSource.skipped(p.getFileName().toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Maildir file name carries the draft flag ({@code …:2,DS}). */
    static boolean draft(String fileName) {
        int info = fileName.lastIndexOf(":2,");
        return info >= 0 && fileName.indexOf('D', info + 3) >= 0;
    }

    /**
     * A time the message in file {@code fileName} had arrived by: the later of the delivery time its name starts with
     * ({@code 1763726400.M2P200.host:2,S}, seconds since 1970) and its modification time. Both are when some program
     * wrote it down (a copy made later only moves them later), so the later is the one least likely to be wrong.
     */
    static Instant arrival(String fileName, Instant modified) {
        int digits = 0;
        while (digits < fileName.length() && digits < 12 && Character.isDigit(fileName.charAt(digits))) {
            digits++;
        }
        if (digits < 9 || digits == 12 || digits < fileName.length() && fileName.charAt(digits) != '.') {
            return modified;
        }
        Instant named = Instant.ofEpochSecond(Long.parseLong(fileName.substring(0, digits)));
        return modified == null || named.isAfter(modified) ? named : modified;
    }

    /** Reads one message file as a saved message is read: a byte-order mark and blank lines on top passed over. */
    private void readOne(Path file, MessageParser parser, MessageSink sink) {
        String name = file.getFileName().toString();
        MessageFileSource.read(file, root.relativize(file).toString(), parser, sink, modified -> arrival(name, modified));
    }
}
