package dev.kith.phonebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.Prerequisite;
import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.KithClock;
import dev.kith.milestones.Milestone;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-way sync with a real CardDAV server (Radicale, started by each test): people and cards travel both
 * ways, edits on either side arrive, a field changed on both sides keeps the newer value and records the
 * other, deletes and archives follow the rules, unknown properties survive byte for byte, a large book
 * syncs and an unchanged one costs one request, and a cut connection leaves Kith as it was.
 */
class PhonebookRadicaleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String PHOTO = "PHOTO;ENCODING=b;TYPE=JPEG:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj\r\n"
            + " JCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWl\r\n"
            + " tcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGS\r\n"
            + " k5SV\r\n";
    static final String CUSTOM = "X-KITH-TEST;X-PARAM=\"a,b\":keep me exactly\\, as written\r\n"
            + "item1.X-ABLabel:_$!<Other>!$_\r\n"
            + "X-SOCIALPROFILE;TYPE=twitter:https://example.org/ana\r\n";

    @TempDir
    Path dir;

    static String ana(String title, String rev) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ana-1\r\nFN:Ana Lima\r\nN:Lima;Ana;;;\r\n"
                + "EMAIL;TYPE=INTERNET:ana@acme.example\r\nitem1.TEL:+44 20 5555 0101\r\nORG:Acme\r\n"
                + "TITLE:" + title + "\r\n" + PHOTO + CUSTOM + "BDAY:1985-04-12\r\nREV:" + rev + "\r\nEND:VCARD\r\n";
    }

    private AddressBookServer server(int cards) throws Exception {
        var radicale = AddressBookServer.executable();
        Prerequisite.require(radicale.isPresent(), "PhonebookRadicaleTest (CardDAV sync against a real server)",
                "radicale is not installed (apt-get install radicale)");
        return AddressBookServer.start(radicale.get(), dir, cards);
    }

    private static PhonebookSource source(AddressBookServer server, boolean propagate) {
        return new PhonebookSource("1", server.base(), AddressBookServer.USER, AddressBookServer.PASSWORD,
                PushScope.ALL, propagate);
    }

    private static Contact named(Kith kith, String name) {
        return kith.contacts().all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The physical lines, folding kept, of the properties Kith does not model (PHOTO, X-, groups, BDAY, UID). */
    static List<String> unmodelled(String card) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = null;
        for (String line : card.split("\r\n")) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (current != null) {
                    current.append("\r\n").append(line);
                }
                continue;
            }
            if (current != null) {
                out.add(current.toString());
                current = null;
            }
            String name = line.replaceFirst("[;:].*", "").toUpperCase(java.util.Locale.ROOT);
            if (name.startsWith("PHOTO") || name.startsWith("X-") || name.contains(".") || name.equals("BDAY")
                    || name.equals("UID")) {
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static String cardWith(AddressBookServer server, String text) throws Exception {
        for (String n : server.names()) {
            String card = server.get(n);
            if (card != null && card.contains(text)) {
                return card;
            }
        }
        return null;
    }

    @BothDatabases
    void peopleAndCardsTravelBothWaysAndConflictsKeepTheNewerValue(TestDatabase db) throws Exception {
        try (AddressBookServer server = server(0)) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            server.put("ana.vcf", ana("Engineer", "20260101T000000Z"));
            long bea = kith.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example")
                    .howMet("Met at the spring conference").doNotContact(true).organization("Client Co").build()).id();

            PhonebookSummary first = kith.phonebook().sync(source(server, false));
            assertThat(first.created()).isEqualTo(1);
            assertThat(first.cardsCreated()).isEqualTo(1);
            Contact ana = named(kith, "Ana Lima");
            assertThat(ana.emails()).containsExactly("ana@acme.example");
            assertThat(kith.contacts().basics()).as("the phone's people came from an address book; Bea was typed in")
                    .filteredOn(c -> c.id() == ana.id() || c.id() == bea).extracting(c -> c.name() + ":" + c.origin())
                    .containsExactlyInAnyOrder("Ana Lima:ADDRESS_BOOK", "Bea Ortiz:null");
            assertThat(ana.currentJob().orElseThrow().title()).isEqualTo("Engineer");
            String beaCard = cardWith(server, "bea@client.example");
            assertThat(beaCard).contains("FN:Bea Ortiz", "ORG:Client Co", "UID:kith-")
                    .doesNotContain("conference", "NOTE", "spring");

            // edit on each side
            server.put("ana.vcf", ana("Staff Engineer", "20260201T000000Z"));
            kith.contacts().edit(bea, ContactPatch.builder().location("Lisbon").addPhones(List.of("+351 21 000 0000")).build());
            PhonebookSummary second = kith.phonebook().sync(source(server, false));
            assertThat(second.updated()).isEqualTo(1);
            assertThat(second.cardsUpdated()).isEqualTo(1);
            assertThat(named(kith, "Ana Lima").currentJob().orElseThrow().title()).isEqualTo("Staff Engineer");
            assertThat(cardWith(server, "bea@client.example")).contains(";Lisbon;", "TEL:+351 21 000 0000");

            // a Kith edit goes out inside the phone's own card: PHOTO, X- properties, groups and BDAY untouched
            List<String> untouched = unmodelled(server.get("ana.vcf"));
            assertThat(untouched).hasSizeGreaterThanOrEqualTo(6).anyMatch(l -> l.startsWith("PHOTO"));
            kith.contacts().edit(ana.id(), ContactPatch.builder().notes("Prefers mornings").build());
            assertThat(kith.phonebook().sync(source(server, false)).cardsUpdated()).isEqualTo(1);
            String anaCard = server.get("ana.vcf");
            assertThat(anaCard).contains("NOTE:Prefers mornings");
            assertThat(unmodelled(anaCard)).isEqualTo(untouched);

            // concurrent edit: Kith's change is newer than the phone's (REV in the past): Kith wins, the other is recorded
            kith.contacts().edit(ana.id(), ContactPatch.builder().title("CTO").build());
            server.put("ana.vcf", anaCard.replace("TITLE:Staff Engineer", "TITLE:VP Engineering")
                    .replaceAll("REV:[0-9TZ]+", "REV:20200101T000000Z"));
            PhonebookSummary conflict = kith.phonebook().sync(source(server, false));
            assertThat(conflict.conflicts()).isEqualTo(1);
            assertThat(named(kith, "Ana Lima").currentJob().orElseThrow().title()).isEqualTo("CTO");
            assertThat(server.get("ana.vcf")).contains("TITLE:CTO");
            assertThat(unmodelled(server.get("ana.vcf"))).isEqualTo(untouched);
            assertThat(kith.milestones().ofContact(ana.id())).extracting(Milestone::text)
                    .anyMatch(t -> t.contains("\"VP Engineering\"") && t.contains("kept \"CTO\""));

            // concurrent edit where the phone's change is newer (REV in the future): the phone wins
            kith.contacts().edit(ana.id(), ContactPatch.builder().title("Chief Technology Officer").build());
            server.put("ana.vcf", server.get("ana.vcf").replace("TITLE:CTO", "TITLE:Founder")
                    .replaceAll("REV:[0-9TZ]+", "REV:20991231T000000Z"));
            assertThat(kith.phonebook().sync(source(server, false)).conflicts()).isEqualTo(1);
            assertThat(named(kith, "Ana Lima").currentJob().orElseThrow().title()).isEqualTo("Founder");
            assertThat(kith.milestones().ofContact(ana.id())).extracting(Milestone::text)
                    .anyMatch(t -> t.contains("\"Chief Technology Officer\"") && t.contains("kept \"Founder\""));

            // delete on the phone archives the person, history kept
            server.delete("ana.vcf");
            assertThat(kith.phonebook().sync(source(server, false)).archived()).isEqualTo(1);
            assertThat(kith.contacts().get(ana.id()).archived()).isTrue();
            assertThat(kith.milestones().ofContact(ana.id())).hasSize(2);

            // archive in Kith: the card stays, unless the source propagates archives
            kith.contacts().archive(bea, true);
            assertThat(kith.phonebook().sync(source(server, false)).cardsDeleted()).isZero();
            assertThat(cardWith(server, "bea@client.example")).isNotNull();
            kith.contacts().edit(bea, ContactPatch.builder().notes("archived, then noted").build());
            assertThat(kith.phonebook().sync(source(server, true)).cardsDeleted()).isEqualTo(1);
            assertThat(cardWith(server, "bea@client.example")).isNull();
            assertThat(server.names()).isEmpty();
        }
    }

    @Test
    void aCutConnectionLeavesKithAsItWasAndTheNextRunCompletes() throws Exception {
        try (AddressBookServer server = server(450); TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            kith.contacts().add(ContactDraft.builder("Kim Park").email("kim@park.example").build());
            kith.contacts().add(ContactDraft.builder("Lee Chan").email("lee@chan.example").build());
            kith.contacts().add(ContactDraft.builder("Max Roy").email("max@roy.example").build());
            Map<String, Integer> before = Tables.counts(db.database());
            // discovery, the listing, one multiget: the second multiget is cut
            try (AddressBookServer.Proxy proxy = server.proxy(3)) {
                PhonebookSource cut = new PhonebookSource("1", proxy.book(), AddressBookServer.USER,
                        AddressBookServer.PASSWORD, PushScope.ALL, false);
                assertThatThrownBy(() -> kith.phonebook().sync(cut)).isInstanceOf(PhonebookException.class)
                        .hasMessageContaining("127.0.0.1");
            }
            assertThat(Tables.counts(db.database())).isEqualTo(before);
            assertThat(server.names()).hasSize(450);

            // the pull completes, the first new card is written, then the connection is cut
            try (AddressBookServer.Proxy proxy = server.proxy(6)) {
                PhonebookSource cut = new PhonebookSource("1", proxy.book(), AddressBookServer.USER,
                        AddressBookServer.PASSWORD, PushScope.ALL, false);
                assertThatThrownBy(() -> kith.phonebook().sync(cut)).isInstanceOf(PhonebookException.class);
            }
            assertThat(server.names()).hasSize(451);
            PhonebookSummary rest = kith.phonebook().sync(source(server, false));
            assertThat(rest.cardsCreated()).isEqualTo(2);
            assertThat(rest.created()).isZero();
            assertThat(server.names()).hasSize(453);
            assertThat(kith.contacts().all()).hasSize(453);
            assertThat(kith.phonebook().sync(source(server, false)).inWords()).isEqualTo("in step, nothing changed");
        }
    }

    @Test
    void aBrokenCardIsAWarningAndTheOthersSync() throws Exception {
        try (AddressBookServer server = server(3); TestDatabase db = TestDatabase.sqlite()) {
            Files.writeString(dir.resolve("collections/collection-root/" + AddressBookServer.BOOK + "broken.vcf"),
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:broken\r\nFN:Broken Card\r\nN:Card;Broken;;;\r\nBEGIN:VCARD\r\nFN:Inner\r\nEND:VCARD\r\n"
                            + "END:VCARD\r\n");
            server.put("odd-date.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:odd\r\nFN:Odd Date\r\nN:Date;Odd;;;\r\n"
                    + "BDAY:2020-02-31\r\nEND:VCARD\r\n");
            Files.writeString(dir.resolve("collections/collection-root/" + AddressBookServer.BOOK + "nobody.vcf"),
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nobody\r\nFN:\r\nN:;;;;\r\nNOTE:just a note\r\nEND:VCARD\r\n");
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            PhonebookSummary s = kith.phonebook().sync(source(server, false));
            assertThat(s.created()).isEqualTo(4);
            assertThat(s.warnings()).anyMatch(w -> w.contains("nobody.vcf") && w.contains("names nobody"))
                    .anyMatch(w -> w.contains("broken.vcf") && w.contains("not a readable vCard"))
                    .anyMatch(w -> w.contains("odd-date.vcf") && w.contains("not a valid date"));
            assertThat(s.inWords()).contains("warning");
            assertThat(kith.contacts().all()).extracting(Contact::name).doesNotContain("Broken Card").contains("Odd Date");
        }
    }

    @BothDatabases
    void contactGroupsBecomeTagsOfTheirMembersAndTheGroupCardsAreLeftAsTheyAre(TestDatabase db) throws Exception {
        try (AddressBookServer server = server(3)) {
            // groups as iCloud, macOS and DAVx5 write them (vCard 3.0, a folded member, an escaped comma), and as
            // vCard 4.0 writes them (members as urn:uuid: of a card whose UID has none; one member on no card)
            String family = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//AddressBook 6.1//EN\r\nUID:grp-1\r\n"
                    + "N:Family\\, close\r\nFN:Family\\, close\r\nX-ADDRESSBOOKSERVER-KIND:group\r\n"
                    + "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ge\r\n n-0\r\nEND:VCARD\r\n";
            String team = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:grp-2\r\nFN:Climbing  Team\r\nKIND:group\r\n"
                    + "MEMBER:urn:uuid:gen-1\r\nMEMBER:urn:uuid:gen-0\r\nMEMBER:urn:uuid:on-another-account\r\nEND:VCARD\r\n";
            server.put("family.vcf", family);
            server.put("team.vcf", team);
            String familyAsStored = server.get("family.vcf"); // Radicale writes a card in its own way
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            PhonebookSummary s = kith.phonebook().sync(source(server, true));
            assertThat(kith.contacts().all()).extracting(Contact::name).containsExactlyInAnyOrder("Person 0 Example",
                    "Person 1 Example", "Person 2 Example");
            assertThat(s.warnings()).isEmpty();
            assertThat(named(kith, "Person 0 Example").tags()).containsExactlyInAnyOrder("family, close", "climbing team");
            assertThat(named(kith, "Person 1 Example").tags()).containsExactly("climbing team");
            assertThat(named(kith, "Person 2 Example").tags()).isEmpty();
            assertThat(kith.phonebook().sync(source(server, true)).inWords()).isEqualTo("in step, nothing changed");

            // a member added on the phone is tagged; the group cards are never written by Kith, even when a
            // member is edited in Kith and its card goes out
            server.put("team.vcf", team.replace("MEMBER:urn:uuid:gen-1\r\n", "MEMBER:urn:uuid:gen-1\r\nMEMBER:urn:uuid:gen-2\r\n"));
            kith.contacts().edit(named(kith, "Person 0 Example").id(), ContactPatch.builder().title("Climber").build());
            PhonebookSummary third = kith.phonebook().sync(source(server, true));
            assertThat(third.cardsUpdated()).isEqualTo(1);
            assertThat(named(kith, "Person 2 Example").tags()).containsExactly("climbing team");
            assertThat(server.get("family.vcf")).isEqualTo(familyAsStored);
            assertThat(server.get("team.vcf")).contains("MEMBER:urn:uuid:gen-2");
            assertThat(cardWith(server, "Person 0")).contains("UID:gen-0", "TITLE:Climber");
            assertThat(server.names()).contains("family.vcf", "team.vcf").hasSize(5);
        }
    }
}
