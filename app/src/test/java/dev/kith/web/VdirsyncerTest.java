package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.Prerequisite;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real CardDAV client, vdirsyncer (Debian's), syncing a folder of vCards with Kith's address book,
 * found from the server's root address: adds, edits and deletes on each side, a conflict, a card with a
 * photo and X- properties, 2,000 contacts, and an unchanged re-sync that only asks what changed.
 */
class VdirsyncerTest {
    private static final Path VDIRSYNCER = Path.of("/usr/bin/vdirsyncer");
    private static final Pattern REQUEST = Pattern.compile("(PROPFIND|REPORT|GET|PUT|DELETE|OPTIONS) http://127\\.0\\.0\\.1:\\d+(\\S*)");

    @TempDir
    Path dir;

    /** The output of one vdirsyncer run and whether it ended well. */
    record Run(int exit, String output) {
        List<String> requests() {
            Matcher m = REQUEST.matcher(output);
            List<String> out = new java.util.ArrayList<>();
            while (m.find()) {
                out.add(m.group(1) + " " + m.group(2));
            }
            return out;
        }
    }

    private Path local() {
        return dir.resolve("cards/contacts");
    }

    private void configure(WebFixture web) throws IOException {
        Prerequisite.require(Files.isExecutable(VDIRSYNCER), "CardDAV sync with a real client",
                "vdirsyncer is not installed (apt-get install vdirsyncer)");
        Files.createDirectories(local());
        Files.writeString(dir.resolve("config"), String.join("\n",
                "[general]", "status_path = \"" + dir.resolve("status") + "/\"", "",
                "[pair kith]", "a = \"local\"", "b = \"kithdav\"", "collections = [\"from b\"]", "",
                "[storage local]", "type = \"filesystem\"", "path = \"" + dir.resolve("cards") + "/\"", "fileext = \".vcf\"", "",
                "[storage kithdav]", "type = \"carddav\"", "url = \"" + web.base() + "/\"", "username = \"me\"",
                "password = \"" + web.secret + "\"", ""));
    }

    private Run vdirsyncer(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(VDIRSYNCER.toString(), "-c", dir.resolve("config").toString(),
                "-v", "debug"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("vdirsyncer did not finish in 300 s");
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Run sync() {
        Run run = vdirsyncer("sync");
        assertThat(run.exit()).as(tail(run.output())).isZero();
        return run;
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(local())) {
            return s.filter(p -> p.toString().endsWith(".vcf")).sorted().toList();
        }
    }

    private Path fileWith(String text) throws IOException {
        for (Path p : files()) {
            if (Files.readString(p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError("no card holds " + text + " among " + files());
    }

    @Test
    void aFolderOfCardsAndKithStayInStepBothWays() throws IOException {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            configure(web);
            Contact ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").email("ada@example.org")
                    .title("Programmer").build());
            Files.writeString(local().resolve("phone-card-1.vcf"), CardDavServerTest.PHOTO_CARD);
            Run discover = vdirsyncer("discover", "kith");
            assertThat(discover.exit()).as(tail(discover.output())).isZero();
            assertThat(discover.requests()).contains("PROPFIND /", "PROPFIND /dav/principal/", "PROPFIND /dav/");
            sync();

            // added on each side
            assertThat(Files.readString(fileWith("FN:Ada Lovelace"))).contains("EMAIL;TYPE=internet:ada@example.org");
            Contact grace = web.book.contacts().resolve("Grace Hopper");
            assertThat(grace.phones()).containsExactly("+1 555 0100");
            String served = new DavClient(web.base(), "me", web.secret).send("GET", "/dav/contacts/phone-card-1.vcf", null).body();
            assertThat(served).isEqualTo(CardDavServerTest.PHOTO_CARD); // photo and X- fields kept as sent

            // edited on each side
            web.book.contacts().edit(ada.id(), ContactPatch.builder().title("Countess").build());
            Path graceFile = fileWith("FN:Grace Hopper");
            Files.writeString(graceFile, Files.readString(graceFile).replace("TITLE:Rear Admiral", "TITLE:Commodore"));
            sync();
            assertThat(Files.readString(fileWith("FN:Ada Lovelace"))).contains("TITLE:Countess");
            assertThat(web.book.contacts().get(grace.id()).currentJob().orElseThrow().title()).isEqualTo("Commodore");
            assertThat(Files.readString(fileWith("FN:Grace Hopper"))).contains("X-PHONETIC-FIRST-NAME:Greys");

            // edited on both sides at once: vdirsyncer stops on the conflict and neither edit is lost
            web.book.contacts().edit(ada.id(), ContactPatch.builder().title("Analyst").build());
            Path adaFile = fileWith("FN:Ada Lovelace");
            Files.writeString(adaFile, Files.readString(adaFile).replace("TITLE:Countess", "TITLE:Poet"));
            Run conflict = vdirsyncer("sync");
            assertThat(conflict.exit()).isNotZero();
            assertThat(conflict.output()).containsIgnoringCase("conflict");
            assertThat(Files.readString(adaFile)).contains("TITLE:Poet");
            assertThat(web.book.contacts().get(ada.id()).currentJob().orElseThrow().title()).isEqualTo("Analyst");
            Files.writeString(adaFile, Files.readString(adaFile).replace("TITLE:Poet", "TITLE:Analyst"));
            sync();

            // deleted on each side: a delete from the client archives in Kith; archiving in Kith removes the card
            Files.delete(fileWith("FN:Grace Hopper"));
            web.book.contacts().archive(ada.id(), true);
            sync();
            assertThat(files()).isEmpty();
            assertThat(web.book.contacts().get(grace.id()).archived()).isTrue();
            assertThat(web.book.contacts().get(ada.id()).archived()).isTrue();

            // an unchanged re-sync only lists what is there
            web.book.contacts().add(ContactDraft.builder("Linus Torvalds").build());
            sync();
            Run quiet = sync();
            assertThat(quiet.requests()).isNotEmpty().allMatch(r -> r.startsWith("PROPFIND"));
        }
    }

    @Test
    void twoThousandContactsSyncAndAnUnchangedResyncFetchesNoCard() throws IOException {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            configure(web);
            web.book.atomically(() -> {
                for (int i = 0; i < 2000; i++) {
                    web.book.contacts().add(ContactDraft.builder("Person " + i).email("p" + i + "@example.org")
                            .organization("Org " + (i % 50)).build());
                }
                return null;
            });
            assertThat(vdirsyncer("discover", "kith").exit()).isZero();
            long start = System.nanoTime();
            Run first = sync();
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(files()).hasSize(2000);
            start = System.nanoTime();
            Run again = sync();
            long againMs = (System.nanoTime() - start) / 1_000_000;
            System.err.println("[kith] vdirsyncer: first sync of 2,000 cards " + firstMs + " ms (" + first.requests().size()
                    + " requests), unchanged re-sync " + againMs + " ms (" + again.requests().size() + " requests)");
            assertThat(again.requests()).hasSizeLessThanOrEqualTo(2).allMatch(r -> r.startsWith("PROPFIND"));
        }
    }
}
