package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactPatch;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A card a client PUT and Kith then changed comes back with the client's own lines for everything Kith did not
 * change: a BDAY without a year or as text, an N of five components with escaped commas, REV, grouped and
 * repeated parameters, as iOS, Android (DAVx5) and Outlook write them; only the changed properties are new.
 */
class CardDavClientLinesTest {
    /** iOS Contacts: a BDAY without a year as VALUE=date, an N with every component, Apple's item groups. */
    static final String IOS = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.1//EN",
            "N:Doe;John;Quincy,R.;Dr.;Jr.\\, Esq.", "FN:Dr. John Q. Doe", "BDAY;VALUE=date:--0415",
            "item1.EMAIL;type=INTERNET;type=pref:john@example.org", "item1.X-ABLabel:_$!<Other>!$_",
            "TEL;type=CELL;type=VOICE;type=pref:+1 555 0100", "REV:2026-12-01T09:30:00Z", "UID:ios-1", "END:VCARD", "");
    /** DAVx5 (ez-vcard): Apple's omitted year, an escaped comma in a middle name, empty trailing N components. */
    static final String DAVX5 = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "PRODID:+//IDN bitfire.at//DAVx5/4.4 ez-vcard/0.12.1",
            "UID:davx5-1", "FN:Anna Müller", "N:Müller;Anna;Maria\\,Theresa;;", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15",
            "TEL;TYPE=cell:+49 30 1234", "ANNIVERSARY:--0601", "REV:20261207T100000Z", "END:VCARD", "");
    /** vCard 4.0 (DAVx5 in 4.0 mode, Evolution): a BDAY as text and one without a year. */
    static final String V4 = String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "UID:urn:uuid:v4-1", "FN:Old Timer",
            "N:Timer;Old;;Sir;", "BDAY;VALUE=text:circa 1800", "ANNIVERSARY:--0601", "EMAIL;PREF=1:old@example.org",
            "END:VCARD", "");
    /** Outlook: a basic-format BDAY, N of two components, an X-MS- property, bare line feeds. */
    static final String OUTLOOK = String.join("\n", "BEGIN:VCARD", "VERSION:3.0", "UID:outlook-1", "N:Look;Out",
            "FN:Out Look", "BDAY:19700415", "X-MS-OL-DEFAULT-POSTAL-ADDRESS:0", "EMAIL;TYPE=PREF,INTERNET:o@example.org",
            "END:VCARD", "");

    @BothDatabases
    void aCardChangedInKithKeepsTheClientsLinesForWhatKithDidNotChange(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            for (String card : List.of(IOS, DAVX5, V4, OUTLOOK)) {
                String uid = card.replaceAll("(?s).*\nUID:([^\r\n]+).*", "$1").replace("urn:uuid:", "");
                String href = "/dav/contacts/" + uid + ".vcf";
                assertThat(dav.put(href, card, "If-None-Match", "*").statusCode()).isEqualTo(201);
                assertThat(dav.send("GET", href, null).body()).as("served as sent").isEqualTo(card);
                String fn = card.replaceAll("(?s).*\nFN:([^\r\n]+).*", "$1");
                long id = web.book.contacts().resolve(fn).id();
                web.book.contacts().edit(id, ContactPatch.builder().addPhones(List.of("+1 555 0199")).build());
                String merged = dav.send("GET", href, null).body();
                String end = card.contains("\r\n") ? "\r\n" : "\n";
                assertThat(merged).as(uid).contains("TEL:+1 555 0199" + end);
                assertThat(merged.replace("TEL:+1 555 0199" + end, "")).as(uid).isEqualTo(card);
            }
            // a name changed in Kith: the N keeps its middle names, prefix and suffix; BDAY and the rest as sent
            web.book.contacts().edit(web.book.contacts().resolve("Dr. John Q. Doe").id(),
                    ContactPatch.builder().givenName("Johnny").build());
            String renamed = dav.send("GET", "/dav/contacts/ios-1.vcf", null).body();
            assertThat(renamed).contains("N:Doe;Johnny;Quincy,R.;Dr.;Jr.\\, Esq.\r\n", "BDAY;VALUE=date:--0415\r\n",
                    "item1.EMAIL;type=INTERNET;type=pref:john@example.org\r\n", "REV:2026-12-01T09:30:00Z\r\n",
                    "TEL;type=CELL;type=VOICE;type=pref:+1 555 0100\r\n");
            // the client's edit of the merged card is stored and served as it wrote it
            HttpResponse<String> got = dav.send("GET", "/dav/contacts/davx5-1.vcf", null);
            String edited = got.body().replace("TEL;TYPE=cell:+49 30 1234\r\n", "");
            assertThat(dav.put("/dav/contacts/davx5-1.vcf", edited, "If-Match", got.headers().firstValue("ETag").orElseThrow())
                    .statusCode()).isEqualTo(204);
            assertThat(dav.send("GET", "/dav/contacts/davx5-1.vcf", null).body()).isEqualTo(edited);
        }
    }
}
