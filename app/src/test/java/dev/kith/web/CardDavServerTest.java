package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kith's CardDAV server spoken to directly: discovery, reads, writes and their preconditions, sync, refusals. */
class CardDavServerTest {
    static final String PHOTO_CARD = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:phone-card-1",
            "FN:Grace Hopper", "N:Hopper;Grace;;;", "EMAIL;TYPE=WORK:grace@navy.example", "TEL;TYPE=CELL:+1 555 0100",
            "ORG:US Navy", "TITLE:Rear Admiral", "ADR;TYPE=HOME:;;1 Main St;Arlington;VA;22201;USA", "BDAY:1906-12-09",
            "NOTE:Invented the compiler", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN",
            "X-PHONETIC-FIRST-NAME:Greys", "X-ABRELATEDNAMES;TYPE=pref:Vincent", "END:VCARD", "");

    @BothDatabases
    void discoveryFromTheServerRootFindsTheOneAddressBook(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            HttpResponse<String> wellKnown = dav.send("PROPFIND", "/.well-known/carddav", null, "Depth", "0");
            assertThat(wellKnown.statusCode()).isEqualTo(301);
            assertThat(wellKnown.headers().firstValue("Location")).hasValue("/dav/");
            HttpResponse<String> root = dav.propfind("/", "0", "<d:current-user-principal/>");
            assertThat(root.statusCode()).isEqualTo(207);
            assertThat(root.body()).contains("<d:current-user-principal><d:href>/dav/principal/</d:href>");
            HttpResponse<String> principal = dav.propfind("/dav/principal/", "0", "<card:addressbook-home-set/>");
            assertThat(principal.body()).contains("<card:addressbook-home-set><d:href>/dav/</d:href>");
            HttpResponse<String> home = dav.propfind("/dav/", "1", "<d:resourcetype/><d:displayname/><x:nothing xmlns:x=\"urn:x\"/>");
            assertThat(home.body()).contains("<d:href>/dav/contacts/</d:href><d:propstat><d:prop><d:resourcetype>"
                    + "<d:collection/><card:addressbook/></d:resourcetype>");
            assertThat(home.body()).contains("<x:nothing xmlns:x=\"urn:x\"/></d:prop><d:status>HTTP/1.1 404 Not Found");
            HttpResponse<String> book = dav.propfind("/dav/contacts/", "0", "<cs:getctag/><d:sync-token/>"
                    + "<d:supported-report-set/><d:current-user-privilege-set/>");
            assertThat(book.body()).contains("<d:sync-token>http://kith.dev/ns/sync/").contains("<card:addressbook-multiget/>")
                    .contains("<d:sync-collection/>").contains("<d:write-content/>");
            HttpResponse<String> options = new DavClient(web.base(), null, null).send("OPTIONS", "/dav/contacts/", null);
            assertThat(options.statusCode()).isEqualTo(200);
            assertThat(options.headers().firstValue("DAV")).hasValue("1, 3, addressbook");
            assertThat(options.headers().firstValue("Allow").orElseThrow()).contains("PROPFIND").contains("REPORT");
        }
    }

    @BothDatabases
    void aKithContactIsACardWhoseEtagAndSyncTokenChangeWithEveryEditInKith(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "anyone", web.secret);
            Contact ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").email("ada@example.org")
                    .organization("Analytical Engines").title("Programmer").build());
            HttpResponse<String> list = dav.propfind("/dav/contacts/", "1", "<d:getetag/><d:getcontenttype/>");
            List<String> hrefs = DavClient.cardHrefs(list.body());
            assertThat(hrefs).hasSize(1);
            String href = hrefs.getFirst();
            HttpResponse<String> card = dav.send("GET", href, null);
            assertThat(card.statusCode()).isEqualTo(200);
            assertThat(card.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vcard");
            assertThat(card.body()).contains("FN:Ada Lovelace", "EMAIL;TYPE=internet:ada@example.org", "ORG:Analytical Engines",
                    "TITLE:Programmer", "UID:urn:uuid:");
            String etag = card.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("\"").endsWith("\"");
            assertThat(DavClient.first(list.body(), "d:getetag")).isEqualTo(etag.replace("\"", "&quot;"));
            String token = DavClient.first(dav.propfind("/dav/contacts/", "0", "<d:sync-token/>").body(), "d:sync-token");
            // unchanged: the same ETag and token on every read
            assertThat(dav.send("GET", href, null).headers().firstValue("ETag")).hasValue(etag);
            assertThat(DavClient.first(dav.propfind("/dav/contacts/", "0", "<d:sync-token/>").body(), "d:sync-token"))
                    .isEqualTo(token);

            web.book.contacts().edit(ada.id(), ContactPatch.builder().title("Countess").build());
            HttpResponse<String> edited = dav.send("GET", href, null);
            assertThat(edited.body()).contains("TITLE:Countess").doesNotContain("Programmer");
            assertThat(edited.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
            HttpResponse<String> changes = dav.syncCollection(token);
            assertThat(DavClient.cardHrefs(changes.body())).containsExactly(href);
            assertThat(changes.body()).contains("TITLE:Countess");
            String after = DavClient.first(changes.body(), "d:sync-token");
            assertThat(after).isNotEqualTo(token);
            assertThat(DavClient.cardHrefs(dav.syncCollection(after).body())).isEmpty();
        }
    }

    @BothDatabases
    void aCardPutByAPhoneBecomesAContactAndKeepsEverythingKithDoesNotModel(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            HttpResponse<String> put = dav.put("/dav/contacts/phone-card-1.vcf", PHOTO_CARD, "If-None-Match", "*");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            String etag = put.headers().firstValue("ETag").orElseThrow();
            Contact grace = web.book.contacts().resolve("Grace Hopper");
            assertThat(grace.emails()).containsExactly("grace@navy.example");
            assertThat(grace.phones()).containsExactly("+1 555 0100");
            assertThat(grace.currentJob().orElseThrow().organization()).isEqualTo("US Navy");
            assertThat(grace.currentJob().orElseThrow().title()).isEqualTo("Rear Admiral");
            assertThat(grace.location()).isEqualTo("Arlington, VA, USA");
            assertThat(grace.notes()).isEqualTo("Invented the compiler");
            HttpResponse<String> got = dav.send("GET", "/dav/contacts/phone-card-1.vcf", null);
            assertThat(got.body()).isEqualTo(PHOTO_CARD);
            assertThat(got.headers().firstValue("ETag")).hasValue(etag);

            web.book.contacts().edit(grace.id(), ContactPatch.builder().addPhones(List.of("+1 555 0199")).build());
            String merged = dav.send("GET", "/dav/contacts/phone-card-1.vcf", null).body();
            assertThat(merged.replace("\r\n ", "")).contains("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN");
            assertThat(merged).contains("PHOTO;ENCODING=b;TYPE=JPEG:", "X-PHONETIC-FIRST-NAME:Greys",
                    "X-ABRELATEDNAMES;TYPE=pref:Vincent", "BDAY:1906-12-09", "TEL;TYPE=CELL:+1 555 0100", "TEL:+1 555 0199",
                    "ADR;TYPE=HOME:;;1 Main St;Arlington;VA;22201;USA", "UID:phone-card-1");

            // an edit from the phone, based on the current card
            String current = dav.send("GET", "/dav/contacts/phone-card-1.vcf", null).headers().firstValue("ETag").orElseThrow();
            String edited = merged.replace("TITLE:Rear Admiral", "TITLE:Commodore").replace("EMAIL;TYPE=WORK:grace@navy.example\r\n", "");
            assertThat(dav.put("/dav/contacts/phone-card-1.vcf", edited, "If-Match", current).statusCode()).isEqualTo(204);
            Contact after = web.book.contacts().get(grace.id());
            assertThat(after.currentJob().orElseThrow().title()).isEqualTo("Commodore");
            assertThat(after.emails()).isEmpty();
            assertThat(after.phones()).containsExactly("+1 555 0100", "+1 555 0199");
        }
    }

    @BothDatabases
    void staleWritesAreRefusedWith412AndChangeNothing(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            HttpResponse<String> put = dav.put("/dav/contacts/phone-card-1.vcf", PHOTO_CARD, "If-None-Match", "*");
            String etag = put.headers().firstValue("ETag").orElseThrow();
            Contact grace = web.book.contacts().resolve("Grace Hopper");
            web.book.contacts().edit(grace.id(), ContactPatch.builder().notes("Edited in Kith meanwhile").build());
            Map<String, Integer> before = Tables.records(db.database());
            String phoneEdit = PHOTO_CARD.replace("TITLE:Rear Admiral", "TITLE:Commodore");
            HttpResponse<String> stale = dav.put("/dav/contacts/phone-card-1.vcf", phoneEdit, "If-Match", etag);
            assertThat(stale.statusCode()).isEqualTo(412);
            assertThat(dav.put("/dav/contacts/phone-card-1.vcf", phoneEdit, "If-None-Match", "*").statusCode()).isEqualTo(412);
            assertThat(dav.put("/dav/contacts/nobody.vcf", phoneEdit.replace("UID:phone-card-1", "UID:x"), "If-Match", etag)
                    .statusCode()).isEqualTo(412);
            assertThat(dav.send("DELETE", "/dav/contacts/phone-card-1.vcf", null, "If-Match", etag).statusCode()).isEqualTo(412);
            assertThat(Tables.records(db.database())).isEqualTo(before);
            Contact kept = web.book.contacts().get(grace.id());
            assertThat(kept.notes()).isEqualTo("Edited in Kith meanwhile");
            assertThat(kept.archived()).isFalse();
            // a second card with the same UID is refused
            HttpResponse<String> twin = dav.put("/dav/contacts/twin.vcf", PHOTO_CARD, "If-None-Match", "*");
            assertThat(twin.statusCode()).isEqualTo(409);
            assertThat(twin.body()).contains("no-uid-conflict");
            assertThat(Tables.records(db.database())).isEqualTo(before);
        }
    }

    @BothDatabases
    void deletingACardArchivesTheContactAndSyncReportsItGone(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            Contact alan = web.book.contacts().add(ContactDraft.builder("Alan Turing").build());
            Contact kurt = web.book.contacts().add(ContactDraft.builder("Kurt Goedel").build());
            List<String> hrefs = DavClient.cardHrefs(dav.propfind("/dav/contacts/", "1", "<d:getetag/>").body());
            assertThat(hrefs).hasSize(2);
            String token = DavClient.first(dav.syncCollection("").body(), "d:sync-token");
            String alanHref = hrefs.stream().filter(h -> dav.send("GET", h, null).body().contains("Alan")).findFirst().orElseThrow();
            assertThat(dav.send("DELETE", alanHref, null).statusCode()).isEqualTo(204);
            assertThat(web.book.contacts().get(alan.id()).archived()).isTrue(); // archived, never deleted
            assertThat(dav.send("GET", alanHref, null).statusCode()).isEqualTo(404);
            assertThat(dav.send("DELETE", alanHref, null).statusCode()).isEqualTo(404);
            web.book.contacts().archive(kurt.id(), true); // archiving in Kith removes the card too
            assertThat(DavClient.cardHrefs(dav.propfind("/dav/contacts/", "1", "<d:getetag/>").body())).isEmpty();
            HttpResponse<String> changes = dav.syncCollection(token);
            assertThat(changes.body()).contains("<d:href>" + alanHref + "</d:href><d:status>HTTP/1.1 404 Not Found");
            assertThat(DavClient.all(changes.body(), "(HTTP/1.1 404 Not Found)")).hasSize(2);
            web.book.contacts().archive(kurt.id(), false); // and restoring brings it back
            assertThat(DavClient.cardHrefs(dav.propfind("/dav/contacts/", "1", "<d:getetag/>").body())).hasSize(1);
        }
    }

    @BothDatabases
    void multigetAnswersEachHrefAndUnknownOnesWith404(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            dav.put("/dav/contacts/phone-card-1.vcf", PHOTO_CARD);
            HttpResponse<String> r = dav.send("REPORT", "/dav/contacts/", "<?xml version=\"1.0\"?>"
                    + "<card:addressbook-multiget xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
                    + "<d:prop><d:getetag/><card:address-data/></d:prop>"
                    + "<d:href>" + web.base() + "/dav/contacts/phone-card-1.vcf</d:href>"
                    + "<d:href>/dav/contacts/nobody.vcf</d:href></card:addressbook-multiget>", "Depth", "1");
            assertThat(r.statusCode()).isEqualTo(207);
            assertThat(r.body()).contains("<d:href>/dav/contacts/phone-card-1.vcf</d:href>", "X-PHONETIC-FIRST-NAME:Greys",
                    "<d:href>/dav/contacts/nobody.vcf</d:href><d:status>HTTP/1.1 404 Not Found");
            HttpResponse<String> query = dav.send("REPORT", "/dav/contacts/", "<d:expand-property xmlns:d=\"DAV:\"/>");
            assertThat(query.statusCode()).isEqualTo(403);
            assertThat(query.body()).contains("supported-report");
            assertThat(dav.syncCollection("http://kith.dev/ns/sync/999").statusCode()).isEqualTo(403);
            assertThat(dav.syncCollection("forged").body()).contains("valid-sync-token");
        }
    }

    @BothDatabases
    void badXmlAndBadCardsAreRefusedWithAReasonAndChangeNothing(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            Map<String, Integer> before = Tables.records(db.database());
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname>&x;</d:displayname></d:prop></d:propfind>";
            HttpResponse<String> entity = dav.send("PROPFIND", "/dav/contacts/", xxe, "Depth", "0");
            assertThat(entity.statusCode()).isEqualTo(400);
            assertThat(entity.body()).contains("DOCTYPE").doesNotContain("root:");
            String bomb = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><l>&b;</l>";
            assertThat(dav.send("REPORT", "/dav/contacts/", bomb).statusCode()).isEqualTo(400);
            HttpResponse<String> broken = dav.send("PROPFIND", "/dav/contacts/", "<d:propfind xmlns:d=\"DAV:\"><d:prop>", "Depth", "0");
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(broken.body()).contains("line 1");
            assertThat(dav.send("PROPFIND", "/dav/contacts/", "<x/>", "Depth", "0").statusCode()).isEqualTo(400);

            HttpResponse<String> notACard = dav.put("/dav/contacts/a.vcf", "hello");
            assertThat(notACard.statusCode()).isEqualTo(400);
            assertThat(notACard.body()).contains("BEGIN:VCARD");
            assertThat(dav.put("/dav/contacts/a.vcf", PHOTO_CARD + PHOTO_CARD.replace("phone-card-1", "two")).body())
                    .contains("one vCard, not 2");
            assertThat(dav.put("/dav/contacts/a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:n\r\nNOTE:no email, no phone\r\nEND:VCARD\r\n")
                    .body()).contains("no name");
            assertThat(dav.put("/dav/contacts/a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n").statusCode()).isEqualTo(400);
            assertThat(dav.put("/dav/contacts/..", PHOTO_CARD).statusCode()).isIn(400, 404);
            assertThat(dav.put("/dav/contacts/", PHOTO_CARD).statusCode()).isEqualTo(405);
            assertThat(dav.send("DELETE", "/dav/contacts/", null).statusCode()).isEqualTo(403);
            assertThat(Tables.records(db.database())).isEqualTo(before);
            // a card with an odd email keeps it on the card, and Kith takes the rest
            HttpResponse<String> odd = dav.put("/dav/contacts/odd.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:odd\r\nFN:Odd One"
                    + "\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n");
            assertThat(odd.statusCode()).isEqualTo(201);
            assertThat(web.book.contacts().resolve("Odd One").emails()).isEmpty();
            assertThat(dav.send("GET", "/dav/contacts/odd.vcf", null).body()).contains("EMAIL:not-an-address");
            // a number the phone saved without a name is kept under that number, as the phone lists it
            HttpResponse<String> nameless = dav.put("/dav/contacts/nameless.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                    + "UID:nameless\r\nN:;;;;\r\nFN:\r\nTEL;type=CELL:+1 555 0100 999\r\nEND:VCARD\r\n");
            assertThat(nameless.statusCode()).isEqualTo(201);
            assertThat(web.book.contacts().all()).filteredOn(c -> c.name().equals("+1 555 0100 999"))
                    .singleElement().satisfies(c -> assertThat(c.phones()).containsExactly("+1 555 0100 999"));
            // vCard 3.0 requires FN: the card served back carries the name Kith gave it
            assertThat(dav.send("GET", "/dav/contacts/nameless.vcf", null).body())
                    .contains("FN:+1 555 0100 999", "TEL;type=CELL:+1 555 0100 999");
        }
    }

    @Test
    void withoutTheTokenTheServerAsksForBasicCredentialsAndTheCookieIsNotEnough() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            HttpResponse<String> none = new DavClient(web.base(), null, null).propfind("/dav/contacts/", "0", "<d:getetag/>");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic realm=\"Kith\"");
            assertThat(new DavClient(web.base(), "me", "wrong").propfind("/dav/", "0", "<d:resourcetype/>").statusCode())
                    .isEqualTo(401);
            // the browser's session cookie alone reads and writes nothing
            assertThat(web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/dav/contacts/x.vcf"))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(PHOTO_CARD)).build()).statusCode()).isEqualTo(401);
            assertThat(web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/dav/contacts/"))
                    .method("PROPFIND", java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(401);
            // the web app is as it was
            assertThat(web.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void overAPlainHttpPublicAddressCredentialsAreRefused() {
        try (TestDatabase db = TestDatabase.sqlite();
             WebFixture web = new WebFixture(db, new WebOptions("127.0.0.1", 0, "http://kith.example.org"))) {
            HttpResponse<String> r = new DavClient(web.base(), "me", web.secret).propfind("/dav/", "0", "<d:resourcetype/>");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("only over HTTPS");
        }
    }

    @BothDatabases
    void onATeamServerEachAccountsTokenOpensOnlyItsOwnBookAndPasswordsAreRefused(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String aliceToken = t.team.tokens().create(t.team.users().named("alice").id(), "phone").token();
            String bobToken = t.team.tokens().create(t.team.users().named("bob").id(), "phone").token();
            DavClient alice = new DavClient(t.base(), "alice", aliceToken);
            DavClient bob = new DavClient(t.base(), "bob", bobToken);
            assertThat(alice.put("/dav/contacts/phone-card-1.vcf", PHOTO_CARD).statusCode()).isEqualTo(201);
            t.book("alice").contacts().add(ContactDraft.builder("Alice Colleague").build());
            assertThat(DavClient.cardHrefs(alice.propfind("/dav/contacts/", "1", "<d:getetag/>").body())).hasSize(2);
            assertThat(t.book("alice").contacts().resolve("Grace Hopper").name()).isEqualTo("Grace Hopper");

            HttpResponse<String> bobs = bob.propfind("/dav/contacts/", "1", "<d:getetag/><card:address-data/>");
            assertThat(DavClient.cardHrefs(bobs.body())).isEmpty();
            assertThat(bobs.body()).doesNotContain("Grace").doesNotContain("Alice Colleague");
            assertThat(bob.send("GET", "/dav/contacts/phone-card-1.vcf", null).statusCode()).isEqualTo(404);
            assertThat(bob.send("DELETE", "/dav/contacts/phone-card-1.vcf", null).statusCode()).isEqualTo(404);
            assertThat(t.book("bob").contacts().all()).isEmpty();

            // the sign-in password is never a DAV password, and a token opens only its own account
            assertThat(new DavClient(t.base(), "alice", TeamFixture.PASSWORD).propfind("/dav/", "0", "<d:resourcetype/>")
                    .statusCode()).isEqualTo(401);
            assertThat(new DavClient(t.base(), "bob", aliceToken).propfind("/dav/", "0", "<d:resourcetype/>")
                    .statusCode()).isEqualTo(401);
            assertThat(t.book("alice").contacts().resolve("Grace Hopper").archived()).isFalse();

            // failures count as failed sign-ins: after ten in a minute, even the right token waits
            for (int i = 0; i < 8; i++) {
                new DavClient(t.base(), "bob", "kith_wrong" + i).propfind("/dav/", "0", "<d:resourcetype/>");
            }
            HttpResponse<String> throttled = bob.propfind("/dav/", "0", "<d:resourcetype/>");
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
