package dev.kith.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.Prerequisite;
import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A 2,000-card address book on a real Radicale (started once, its cache warmed as a server in use has
 * it) syncs into an empty book, and an unchanged book then costs one request: the sync-collection
 * REPORT that carries the token back. Skipped (or failed in CI) without radicale.
 */
class PhonebookLargeBookTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static AddressBookServer server;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> radicale = AddressBookServer.executable();
        if (radicale.isPresent()) {
            dir = Files.createTempDirectory("kith-phonebook-large");
            server = AddressBookServer.start(radicale.get(), dir, 2_000);
            server.warm();
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static PhonebookSource source() {
        return new PhonebookSource("1", server.book(), AddressBookServer.USER, AddressBookServer.PASSWORD,
                PushScope.ALL, false);
    }

    private static Contact named(Kith kith, String name) {
        return kith.contacts().all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @BothDatabases
    void twoThousandCardsSyncAndAnUnchangedBookCostsOneRequest(TestDatabase db) throws Exception {
        Prerequisite.require(server != null, "PhonebookLargeBookTest (a 2,000-card CardDAV book)",
                "radicale is not installed (apt-get install radicale)");
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        CardDavClient first = Phonebook.client(source());
        PhonebookSummary all = kith.phonebook().sync(source(), first);
        assertThat(all.created()).isEqualTo(2_000);
        assertThat(all.cardsCreated() + all.cardsUpdated()).isZero();
        assertThat(all.warnings()).isEmpty();
        assertThat(first.requests()).as("discovery, the listing and 10 multigets of 200").isEqualTo(12);
        assertThat(named(kith, "Person 1999 Example").emails()).containsExactly("person1999@example.org");

        CardDavClient again = Phonebook.client(source());
        PhonebookSummary nothing = kith.phonebook().sync(source(), again);
        assertThat(nothing.inWords()).isEqualTo("in step, nothing changed");
        assertThat(again.requests()).as("only the sync-collection REPORT with the token").isEqualTo(1);

        String title = "Manager " + db;
        server.put("card-7.vcf", AddressBookServer.generated(7).replace("TITLE:Engineer", "TITLE:" + title));
        CardDavClient one = Phonebook.client(source());
        assertThat(kith.phonebook().sync(source(), one).updated()).isEqualTo(1);
        assertThat(one.requests()).as("the REPORT and one multiget").isEqualTo(2);
        assertThat(named(kith, "Person 7 Example").currentJob().orElseThrow().title()).isEqualTo(title);
    }
}
