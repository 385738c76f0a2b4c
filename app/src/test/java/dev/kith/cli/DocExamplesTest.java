package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and docs/cli.md run top to bottom: every {@code ./kith} example in their code blocks
 * runs, in order, through the real command line on a fresh book (a new SQLite file, {@code --today
 * 2026-11-24}), in a folder that holds the files the examples name (exports like the ones the docs
 * describe). Only `kith serve` (it runs until stopped) and examples marked "(needs a password)" or "(needs a server)" are skipped. The first
 * one that fails fails the test with its file, line and what kith printed.
 */
class DocExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    private static final String TODAY = "2026-11-24";

    @TempDir
    Path home;

    @Test
    void everyExampleOfTheReadmeAndTheCliGuideRunsInOrderOnAFreshBook() throws IOException {
        writeFiles();
        List<DocExamples.Example> examples = new ArrayList<>();
        examples.addAll(DocExamples.read(ROOT.resolve("README.md")).examples());
        examples.addAll(DocExamples.read(ROOT.resolve("docs/cli.md")).examples());
        assertThat(examples).as("examples found").hasSizeGreaterThan(40);
        int ran = 0;
        List<String> failures = new ArrayList<>();
        for (DocExamples.Example e : examples) {
            if (e.skip() != null) {
                continue;
            }
            List<String> args = arguments(e.args());
            Cli.Result r = Cli.runRaw(args.toArray(String[]::new));
            if (r.exitCode() != 0) {
                failures.add(e.where() + ": `" + e.line() + "` exited " + r.exitCode() + "\n" + r.err() + r.out());
            }
            ran++;
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " example(s) failed, the first first:\n" + String.join("\n", failures));
        }
        assertThat(ran).as("examples run").isGreaterThan(40);
    }

    @Test
    void theShellReadingOfAnExampleKeepsQuotesAndDropsComments() {
        assertThat(DocExamples.commands("./kith log \"Ana,Bo Chen\" email --note 'it''s' # a comment"))
                .containsExactly(List.of("./kith", "log", "Ana,Bo Chen", "email", "--note", "its"));
        assertThat(DocExamples.commands("./kith group add ALA && ./kith join ALA \"Ana Lima\""))
                .containsExactly(List.of("./kith", "group", "add", "ALA"), List.of("./kith", "join", "ALA", "Ana Lima"));
        assertThat(DocExamples.commands("kith import mbox ~/Mail/All\\ mail.mbox"))
                .containsExactly(List.of("kith", "import", "mbox", "~/Mail/All mail.mbox"));
    }

    /**
     * The example's arguments for this run: a fresh book and a fixed day first (a demo example keeps
     * only the day), {@code ~} as the folder of files, and a relative file name resolved in that folder.
     */
    private List<String> arguments(List<String> written) {
        List<String> args = new ArrayList<>();
        if (!written.contains("--demo")) {
            args.addAll(List.of("--db", home.resolve("kith.db").toString()));
        }
        if (!written.contains("--today")) {
            args.addAll(List.of("--today", TODAY));
        }
        String previous = "";
        for (String a : written) {
            String arg = a.startsWith("~/") ? home.resolve(a.substring(2)).toString() : a;
            boolean output = previous.equals("-o") || previous.equals("--output");
            if (!arg.startsWith("-") && !arg.contains("://") && (output || looksLikeAFile(arg))) {
                arg = home.resolve(arg).toString();
            }
            args.add(arg);
            previous = a;
        }
        return args;
    }

    private boolean looksLikeAFile(String arg) {
        return !arg.isBlank() && !arg.contains("\0") && arg.length() < 200 && !arg.contains("\n")
                && Files.exists(home.resolve(arg));
    }

    /** The files the examples read, under the names the docs give them. */
    private void writeFiles() throws IOException {
        copy("/dev/kith/io/Connections.csv", "Connections.csv");
        copy("/dev/kith/io/vcard/apple.vcf", "contacts.vcf");
        copy("/dev/kith/io/google.csv", "google-contacts.csv");
        copy("/dev/kith/io/outlook.csv", "outlook-contacts.csv");
        copy("/dev/kith/io/ldif/thunderbird.ldif", "thunderbird.ldif");
        mail("/capture/gmail-takeout.mbox", home.resolve("All mail Including Spam and Trash.mbox"));
        copy("/capture/calendar/google-export.ics", "calendar.ics");
        Files.createDirectories(home.resolve("Takeout/Mail"));
        mail("/capture/thunderbird.mbox", home.resolve("Takeout/Mail/All mail Including Spam and Trash.mbox"));
        // Apple Mail exports a mailbox as a folder holding its mbox file
        Files.createDirectories(home.resolve("Desktop/Inbox.mbox"));
        mail("/capture/thunderbird.mbox", home.resolve("Desktop/Inbox.mbox/mbox"));
        copyFolder(Path.of("src/test/resources/capture/maildir"), home.resolve("Maildir"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("Connections.csv"));
            zip.write(resource("/dev/kith/io/Connections.csv"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("messages.csv"));
            zip.write(resource("/capture/linkedin/messages.csv"));
            zip.closeEntry();
        }
        Files.write(home.resolve("Basic_LinkedInDataExport.zip"), bytes.toByteArray());
    }

    /** A mail fixture as if it were the docs' user's: Ana's addresses (the fixtures') become Sam's (the docs'). */
    private static void mail(String resource, Path to) throws IOException {
        Files.write(to, asSams(resource(resource)));
    }

    private static byte[] asSams(byte[] mail) {
        String text = new String(mail, StandardCharsets.ISO_8859_1)
                .replaceAll("(?i)ana\\.lima@work\\.example", "sam.rivera@work.example")
                .replaceAll("(?i)ana@home\\.example", "sam@home.example");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private void copy(String resource, String name) throws IOException {
        Files.write(home.resolve(name), resource(resource));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocExamplesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.write(target, asSams(Files.readAllBytes(p)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
