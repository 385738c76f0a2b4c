package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.Employment;
import dev.kith.io.ImportFormat;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.Comparator;
import java.util.List;

/**
 * A company's entry of an address book (an empty N with the company as FN, Apple's {@code X-ABShowAs:COMPANY},
 * vCard 4.0's {@code KIND:org}, a CSV row with only the company filled) is imported as the organization it is:
 * named by the organization, with no first and last names made up by splitting the company's name.
 */
class OrganizationCardsTest {

    private static List<Contact> all(Kith book) {
        return book.contacts().list(ContactFilter.ALL_ACTIVE).stream().map(s -> book.contacts().get(s.id()))
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    private static String org(Contact c) {
        return c.currentJob().map(Employment::organization).orElse(null);
    }

    private static void company(Contact c, String name, String organization) {
        assertThat(c.name()).isEqualTo(name);
        assertThat(c.givenName()).as("no first name invented for %s", name).isNull();
        assertThat(c.familyName()).as("no last name invented for %s", name).isNull();
        assertThat(org(c)).isEqualTo(organization);
    }

    @BothDatabases
    void companyCardsOfEveryAddressBookAreNamedByTheOrganization(TestDatabase db) {
        Kith book = book(db);
        String file = String.join("\r\n",
                // Android and Google: an empty N, the company as FN and ORG
                "BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "FN:Acme Corp", "ORG:Acme Corp;", "TEL;TYPE=WORK:+1 555 0100",
                "END:VCARD",
                // iPhone and iCloud: a company card
                "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN", "N:;;;;", "FN:Globex Inc.",
                "ORG:Globex Inc.;Sales;", "item1.EMAIL;type=INTERNET;type=pref:sales@globex.example",
                "X-ABShowAs:COMPANY", "END:VCARD",
                // Outlook 2.1: a company-only entry
                "BEGIN:VCARD", "VERSION:2.1", "N;LANGUAGE=en-us:;;;;", "FN:Initech GmbH", "ORG:Initech GmbH",
                "EMAIL;PREF;INTERNET:info@initech.example", "END:VCARD",
                // vCard 4.0 KIND:org, named otherwise than its ORG (RFC 6350's own example)
                "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:ABC Marketing",
                "ORG:ABC\\, Inc.;North American Division;Marketing", "END:VCARD",
                // a person with a name and no N stays a person
                "BEGIN:VCARD", "VERSION:3.0", "FN:Ana Lima", "ORG:Acme Corp", "END:VCARD", "");
        importText(book, ImportFormat.VCARD, file);
        List<Contact> contacts = all(book);
        assertThat(contacts).extracting(Contact::name)
                .containsExactly("ABC Marketing", "Acme Corp", "Ana Lima", "Globex Inc.", "Initech GmbH");
        company(contacts.get(0), "ABC Marketing", "ABC, Inc.");
        company(contacts.get(1), "Acme Corp", "Acme Corp");
        company(contacts.get(3), "Globex Inc.", "Globex Inc.");
        company(contacts.get(4), "Initech GmbH", "Initech GmbH");
        assertThat(contacts.get(2).givenName()).isEqualTo("Ana");
        assertThat(contacts.get(2).familyName()).isEqualTo("Lima");
    }

    @BothDatabases
    void anAppleCompanyCardWithAContactPersonKeepsThePersonsRealNames(TestDatabase db) {
        Kith book = book(db);
        importText(book, ImportFormat.VCARD, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "N:Lima;Ana;;;",
                "FN:Acme Corp", "ORG:Acme Corp;", "X-ABShowAs:COMPANY", "END:VCARD", ""));
        Contact c = all(book).getFirst();
        assertThat(c.name()).isEqualTo("Acme Corp");
        assertThat(c.givenName()).isEqualTo("Ana");
        assertThat(c.familyName()).isEqualTo("Lima");
    }

    @BothDatabases
    void csvRowsWithOnlyTheCompanyAreTheOrganization(TestDatabase db) {
        Kith book = book(db);
        importText(book, ImportFormat.OUTLOOK, "\"First Name\",\"Middle Name\",\"Last Name\",\"Company\","
                + "\"E-mail Address\",\"Business Phone\"\r\n"
                + "\"\",\"\",\"\",\"Umbrella Corporation\",\"info@umbrella.example\",\"+1 555 0199\"\r\n");
        importText(book, ImportFormat.GOOGLE, "First Name,Middle Name,Last Name,Organization Name,"
                + "Organization Title,E-mail 1 - Value\n"
                + ",,,Stark Industries,,hello@stark.example\n");
        List<Contact> contacts = all(book);
        assertThat(contacts).hasSize(2);
        company(contacts.get(0), "Stark Industries", "Stark Industries");
        company(contacts.get(1), "Umbrella Corporation", "Umbrella Corporation");
    }
}
