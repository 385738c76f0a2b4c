package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outlook exports a contact from an Exchange directory with an X.500 address (type {@code EX}) where the email
 * address goes: the address is read from its display name when that holds one, else left out with one warning
 * for the whole file.
 */
class ExchangeAddressesTest {
    private static final String HEADER = "\"First Name\",\"Last Name\",\"Company\",\"E-mail Address\",\"E-mail Type\","
            + "\"E-mail Display Name\",\"E-mail 2 Address\",\"E-mail 2 Type\",\"E-mail 2 Display Name\"\r\n";
    private static final String X500 = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
            + "/cn=Recipients/cn=";

    private static List<Contact> people(Kith book) {
        return book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(c -> book.contacts().get(c.id()))
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    @Test
    void anExchangeContactsAddressIsReadFromItsDisplayName() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importText(book, ImportFormat.OUTLOOK, HEADER
                    + "\"Ana\",\"Lima\",\"Acme\",\"" + X500 + "3f1c2a-ana\",\"EX\",\"Ana Lima (ana@acme.example)\","
                    + "\"ana@home.example\",\"SMTP\",\"Ana (ana@home.example)\"\r\n");
            assertThat(s.warnings()).isEmpty();
            assertThat(people(book)).singleElement().satisfies(c ->
                    assertThat(c.emails()).containsExactly("ana@acme.example", "ana@home.example"));
        }
    }

    @Test
    void exchangeAddressesWithoutOneInTheirDisplayNameAreLeftOutWithOneWarningForTheFile() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < 5; i++) {
                csv.append("\"Person\",\"Number").append(i).append("\",\"Acme\",\"").append(X500).append("p").append(i)
                        .append("\",\"EX\",\"Person Number").append(i).append("\",\"\",\"\",\"\"\r\n");
            }
            csv.append("\"Bea\",\"Costa\",\"Acme\",\"not-an-email\",\"SMTP\",\"Bea Costa\",\"\",\"\",\"\"\r\n");
            ImportSummary s = importText(book, ImportFormat.OUTLOOK, csv.toString());
            assertThat(s.created()).isEqualTo(6);
            assertThat(people(book)).allSatisfy(c -> assertThat(c.emails()).isEmpty());
            assertThat(s.warnings()).hasSize(2);
            assertThat(s.warnings()).anySatisfy(w -> {
                assertThat(w.line()).as("the first Exchange record's").isEqualTo(2);
                assertThat(w.message()).startsWith("5 Exchange addresses");
            });
            assertThat(s.warnings()).as("a real problem is not buried")
                    .anySatisfy(w -> assertThat(w.line()).isEqualTo(7));
        }
    }

    @Test
    void aGermanOutlooksExchangeContactIsReadTheSameWay() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importText(book, ImportFormat.OUTLOOK, "\"Vorname\",\"Nachname\",\"Firma\","
                    + "\"E-Mail-Adresse\",\"E-Mail-Typ\",\"E-Mail: Angezeigter Name\"\r\n"
                    + "\"Jürgen\",\"Müller\",\"Bäcker AG\",\"" + X500.toUpperCase(java.util.Locale.ROOT)
                    + "JM\",\"EX\",\"Jürgen Müller (juergen@baecker.example)\"\r\n");
            assertThat(s.warnings()).isEmpty();
            assertThat(people(book)).singleElement().satisfies(c ->
                    assertThat(c.emails()).containsExactly("juergen@baecker.example"));
        }
    }
}
