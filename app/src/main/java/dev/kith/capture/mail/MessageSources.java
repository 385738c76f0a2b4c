package dev.kith.capture.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/** The mail files capture reads. */
public final class MessageSources {
    private MessageSources() {
    }

    /**
     * An mbox file: Gmail Takeout, Thunderbird, Apple Mail (mboxo or mboxrd). Apple Mail exports a mailbox
     * as a folder ({@code Inbox.mbox/}) holding a file {@code mbox}: given such a folder, that file is read, and the
     * mailboxes exported inside it ({@code Projects.mbox/Acme.mbox/mbox}) too.
     * Any other folder (Thunderbird's {@code Local Folders}, several exports side by side) is read through
     * every mbox file in it and below it; index and settings files beside them are passed over. A ZIP (Google
     * Takeout's download, or a ZIP of saved messages) is read through its {@code .mbox}, {@code .eml} and
     * {@code .emlx} entries, streamed. A file holding one message as a mail
     * program saves it ({@code .eml}, {@code .emlx}, or any file starting with header fields rather than a
     * {@code From } line) is read as that message; folders of such files are read as above.
     */
    public static MessageSource mbox(Path file) {
        Objects.requireNonNull(file, "file");
        Path inside = file.resolve("mbox");
        if (Files.isDirectory(file) && (!Files.isRegularFile(inside) || hasFolders(file))) {
            return new MboxFolderSource(file); // also Apple Mail's export of a mailbox with mailboxes inside it
        }
        if (Files.isRegularFile(file) && MboxZipSource.isZip(file)) {
            return new MboxZipSource(file);
        }
        if (Files.isRegularFile(file) && (MessageFileSource.named(file)
                || !MboxFolderSource.startsWithSeparator(file) && MessageFileSource.holdsOne(file))) {
            return new MessageFileSource(file);
        }
        return new MboxSource(Files.isDirectory(file) ? inside : file);
    }

    private static boolean hasFolders(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            return false; // the mbox file inside is read, and says what cannot be read
        }
    }

    /** A Maildir folder, with its nested and Maildir++ folders. */
    public static MessageSource maildir(Path folder) {
        return new MaildirSource(Objects.requireNonNull(folder, "folder"));
    }
}
