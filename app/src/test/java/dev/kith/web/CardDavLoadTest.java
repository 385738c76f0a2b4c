package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The address book at 5,000 contacts, as a client's first sync and an unchanged re-sync see it: list the
 * ETags (PROPFIND, Depth 1), fetch every card (multiget), then ask what changed since the token.
 * Prints the times for docs/benchmarks.md (the targets: first sync within 20 s, an unchanged
 * re-sync within 1 s); speed is measured there, not asserted here.
 */
class CardDavLoadTest {
    @Test
    void fiveThousandCardsSyncAndAnUnchangedResyncReportsNothing() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.atomically(() -> {
                for (int i = 0; i < 5000; i++) {
                    web.book.contacts().add(ContactDraft.builder("Person " + i).email("p" + i + "@example.org")
                            .phone("+1 555 " + (1000 + i)).organization("Org " + (i % 50)).title("Engineer").build());
                }
                return null;
            });
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            long start = System.nanoTime();
            HttpResponse<String> list = dav.propfind("/dav/contacts/", "1", "<d:getetag/><d:getcontenttype/>");
            List<String> hrefs = DavClient.cardHrefs(list.body());
            long listed = System.nanoTime();
            StringBuilder multiget = new StringBuilder("<card:addressbook-multiget xmlns:d=\"DAV:\" xmlns:card=\""
                    + "urn:ietf:params:xml:ns:carddav\"><d:prop><d:getetag/><card:address-data/></d:prop>");
            hrefs.forEach(h -> multiget.append("<d:href>").append(h).append("</d:href>"));
            HttpResponse<String> cards = dav.send("REPORT", "/dav/contacts/", multiget.append("</card:addressbook-multiget>")
                    .toString(), "Depth", "1");
            String token = DavClient.first(dav.propfind("/dav/contacts/", "0", "<d:sync-token/>").body(), "d:sync-token");
            long first = System.nanoTime();
            HttpResponse<String> unchanged = dav.syncCollection(token);
            long again = System.nanoTime();
            assertThat(hrefs).hasSize(5000);
            assertThat(DavClient.all(cards.body(), "(BEGIN:VCARD)")).hasSize(5000);
            assertThat(DavClient.cardHrefs(unchanged.body())).isEmpty();
            long firstMs = (first - start) / 1_000_000;
            long againMs = (again - first) / 1_000_000;
            System.err.println("[kith] CardDAV, 5,000 cards: first sync " + firstMs + " ms (listing "
                    + (listed - start) / 1_000_000 + " ms), unchanged re-sync " + againMs + " ms");
        }
    }
}
