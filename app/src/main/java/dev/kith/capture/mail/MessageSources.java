package dev.kith.capture.mail;

import java.nio.file.Path;
import java.util.Objects;

/** The mail files capture reads. */
public final class MessageSources {
    private MessageSources() {
    }

    /** An mbox file: Gmail Takeout, Thunderbird, Apple Mail (mboxo or mboxrd). */
    public static MessageSource mbox(Path file) {
        return new MboxSource(Objects.requireNonNull(file, "file"));
    }

    /** A Maildir folder, with its nested and Maildir++ folders. */
    public static MessageSource maildir(Path folder) {
        return new MaildirSource(Objects.requireNonNull(folder, "folder"));
    }
}
