package dev.kith.capture;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Interaction;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ana Lima's book on a test database, seen on 2026-11-24: her two addresses declared, and three
 * contacts she mails with (Bea Ortiz, José Núñez, Carl Berg). Fixtures are copied to a temporary
 * folder so that tests may change them.
 */
final class MailBook {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String WORK = "ana.lima@work.example";
    static final String HOME = "Ana@Home.example";

    final Kith book;
    final Capture capture;
    final long bea;
    final long jose;
    final long carl;

    MailBook(TestDatabase db) {
        book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        capture = new Capture(db.database(), book.id(), book.clock(), book.contacts(), book.interactions(),
                book.search());
        capture.addresses().set(List.of(WORK, HOME));
        bea = person("Bea Ortiz", "bea@client.example");
        jose = person("José Núñez", "jose.nunez@uni.example");
        carl = person("Carl Berg", "Carl@Partner.example");
    }

    long person(String name, String email) {
        return book.contacts().add(ContactDraft.builder(name).email(email).build()).id();
    }

    CaptureSummary mbox(String fixture) {
        return capture.mail().importMbox(fixture(fixture));
    }

    /** The email interactions with {@code contact}, oldest first. */
    List<Interaction> with(long contact) {
        return book.interactions().withContact(contact, 100).reversed();
    }

    /** A copy of the fixture file or folder {@code name} (under src/test/resources/capture) in a temporary folder. */
    static Path fixture(String name) {
        try {
            Path source = Path.of(MailBook.class.getResource("/capture/" + name).toURI());
            Path target = Files.createTempDirectory("kith-capture").resolve(name);
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
