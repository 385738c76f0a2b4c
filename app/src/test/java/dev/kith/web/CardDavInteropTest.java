package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Kith's CardDAV server sent the requests real clients send, as their public sources and logs show them
 * (DAVx5, Thunderbird, macOS and iOS Contacts, Evolution): discovery on the server's root, prefixes of any
 * name and the default namespace, propname, PROPPATCH, percent-encoded names, vCard 4.0 with bare line
 * feeds and folded lines, HEAD, and addressbook-query.
 */
class CardDavInteropTest {
    static final String CARD_40 = String.join("\n", "BEGIN:VCARD", "VERSION:4.0", "UID:urn:uuid:4f1c-40", "FN:Katherine",
            "  Johnson", "N:Johnson;Katherine;;;", "EMAIL;TYPE=work:katherine@nasa.example", "TEL;VALUE=uri;TYPE=cell:tel:+1-555-0142",
            "END:VCARD", "");

    @Test
    void macosContactsAsksTheServerRootWithOptionsThenPropfindInTheDefaultNamespace() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient anonymous = new DavClient(web.base(), null, null);
            HttpResponse<String> options = anonymous.send("OPTIONS", "/", null);
            assertThat(options.headers().firstValue("DAV").orElse("")).contains("addressbook");
            HttpResponse<String> wellKnown = anonymous.send("PROPFIND", "/.well-known/carddav/", null, "Depth", "0");
            assertThat(wellKnown.statusCode()).isEqualTo(301); // with a last slash too
            assertThat(wellKnown.headers().firstValue("Location")).hasValue("/dav/");
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            // no Depth header (RFC 4918: infinity) and DAV: as the default namespace, as macOS sends it
            HttpResponse<String> root = dav.send("PROPFIND", "/", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<A:propfind"
                    + " xmlns:A=\"DAV:\"><A:prop><A:current-user-principal/><A:principal-URL/><A:resourcetype/></A:prop></A:propfind>");
            assertThat(root.statusCode()).isEqualTo(207);
            assertThat(root.body()).contains("<d:current-user-principal><d:href>/dav/principal/</d:href>");
            HttpResponse<String> book = dav.send("PROPFIND", "/dav/contacts", "<propfind xmlns=\"DAV:\"><prop><getctag"
                    + " xmlns=\"http://calendarserver.org/ns/\"/><resourcetype/><me-card xmlns=\"http://calendarserver.org/ns/\"/>"
                    + "<max-image-size xmlns=\"urn:ietf:params:xml:ns:carddav\"/></prop></propfind>", "Depth", "0");
            assertThat(book.statusCode()).isEqualTo(207);
            assertThat(book.body()).contains("<cs:getctag>http://kith.dev/ns/sync/", "<card:addressbook/>",
                    "<cs:me-card/><card:max-image-size/></d:prop><d:status>HTTP/1.1 404 Not Found");
            // the report set names addressbook-query, which RFC 6352 requires
            assertThat(dav.propfind("/dav/contacts/", "0", "<d:supported-report-set/>").body())
                    .contains("<card:addressbook-query/>");
        }
    }

    @Test
    void propnameGivesNamesWithoutValuesAndProppatchRefusesEachPropertyIn207() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            HttpResponse<String> names = dav.send("PROPFIND", "/dav/contacts/", "<d:propfind xmlns:d=\"DAV:\"><d:propname/>"
                    + "</d:propfind>", "Depth", "0");
            assertThat(names.statusCode()).isEqualTo(207);
            assertThat(names.body()).contains("<d:displayname/>", "<d:sync-token/>", "<cs:getctag/>")
                    .doesNotContain("http://kith.dev/ns/sync/").doesNotContain(">Kith<");
            // allprop: every property but the card data, which is only given when named
            web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build());
            HttpResponse<String> all = dav.send("PROPFIND", "/dav/contacts/", "<propfind xmlns=\"DAV:\"><allprop/></propfind>",
                    "Depth", "1");
            assertThat(all.body()).contains("<d:getetag>", "<cs:getctag>", "<d:getcontenttype>").doesNotContain("BEGIN:VCARD");
            HttpResponse<String> patch = dav.send("PROPPATCH", "/dav/contacts/", "<?xml version=\"1.0\"?><d:propertyupdate"
                    + " xmlns:d=\"DAV:\" xmlns:a=\"http://apple.com/ns/ical/\"><d:set><d:prop><d:displayname>Work</d:displayname>"
                    + "<a:addressbook-color>#FF0000</a:addressbook-color></d:prop></d:set></d:propertyupdate>");
            assertThat(patch.statusCode()).isEqualTo(207);
            assertThat(patch.body()).contains("<d:displayname/>", "addressbook-color", "HTTP/1.1 403 Forbidden");
            assertThat(dav.propfind("/dav/contacts/", "0", "<d:displayname/>").body()).contains("<d:displayname>Kith<");
        }
    }

    @Test
    void aPercentEncodedNameIsTheSameCardAsTheDecodedOne() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            String card = CardDavServerTest.PHOTO_CARD.replace("UID:phone-card-1", "UID:20261207T101500Z-4711@laptop");
            HttpResponse<String> put = dav.put("/dav/contacts/20261207T101500Z-4711%40laptop.vcf", card, "If-None-Match", "*");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(dav.send("GET", "/dav/contacts/20261207T101500Z-4711@laptop.vcf", null).statusCode()).isEqualTo(200);
            assertThat(dav.send("GET", "/dav/contacts/20261207T101500Z-4711%40laptop.vcf", null).body()).isEqualTo(card);
            assertThat(DavClient.cardHrefs(dav.propfind("/dav/contacts/", "1", "<d:getetag/>").body()))
                    .containsExactly("/dav/contacts/20261207T101500Z-4711@laptop.vcf");
            // an unknown href in a multiget comes back as it was sent
            HttpResponse<String> r = dav.send("REPORT", "/dav/contacts/", "<card:addressbook-multiget xmlns:d=\"DAV:\""
                    + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:prop><d:getetag/></d:prop>"
                    + "<d:href>/dav/contacts/no%20such%20card.vcf</d:href></card:addressbook-multiget>", "Depth", "1");
            assertThat(r.body()).contains("<d:href>/dav/contacts/no%20such%20card.vcf</d:href><d:status>HTTP/1.1 404");
            assertThat(dav.send("DELETE", "/dav/contacts/20261207T101500Z-4711%40laptop.vcf", null).statusCode()).isEqualTo(204);
            // Evolution escapes every reserved character of a UID it names a card by: a urn:uuid UID has colons
            String urn = CardDavServerTest.PHOTO_CARD.replace("UID:phone-card-1", "UID:urn:uuid:5b1e0a44-9f7e");
            assertThat(dav.put("/dav/contacts/urn%3Auuid%3A5b1e0a44-9f7e.vcf", urn).statusCode()).isEqualTo(201);
            assertThat(DavClient.cardHrefs(dav.propfind("/dav/contacts/", "1", "<d:getetag/>").body()))
                    .containsExactly("/dav/contacts/urn:uuid:5b1e0a44-9f7e.vcf");
            assertThat(dav.send("GET", "/dav/contacts/urn:uuid:5b1e0a44-9f7e.vcf", null).body()).isEqualTo(urn);
        }
    }

    @Test
    void aVcard40WithBareLineFeedsAndFoldedLinesIsStoredAndServedAsSentWithHead() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            HttpResponse<String> put = dav.put("/dav/contacts/4f1c-40.vcf", CARD_40, "If-None-Match", "*");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(web.book.contacts().resolve("Katherine Johnson").emails()).containsExactly("katherine@nasa.example");
            HttpResponse<String> got = dav.send("GET", "/dav/contacts/4f1c-40.vcf", null);
            assertThat(got.body()).isEqualTo(CARD_40);
            HttpResponse<String> head = dav.send("HEAD", "/dav/contacts/4f1c-40.vcf", null);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("ETag")).isEqualTo(got.headers().firstValue("ETag"));
            assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(CARD_40.length()));
            // a card with a byte order mark (Windows programs) is a card
            HttpResponse<String> bom = dav.put("/dav/contacts/bom.vcf", "\uFEFF" + CARD_40.replace("4f1c-40", "bom")
                    .replace("Katherine", "Mary").replace("Johnson", "Jackson"));
            assertThat(bom.statusCode()).as(bom.body()).isEqualTo(201);
            assertThat(web.book.contacts().resolve("Mary Jackson").emails()).containsExactly("katherine@nasa.example");
            // a weak ETag never matches an If-Match (RFC 9110 strong comparison)
            String etag = got.headers().firstValue("ETag").orElseThrow();
            assertThat(dav.put("/dav/contacts/4f1c-40.vcf", CARD_40, "If-Match", "W/" + etag).statusCode()).isEqualTo(412);
            assertThat(dav.put("/dav/contacts/4f1c-40.vcf", CARD_40.replace("Katherine\n", "Kathy\n"), "If-Match", etag)
                    .statusCode()).isEqualTo(204);
        }
    }

    @BothDatabases
    void aContactGroupCardIsKeptAndServedBackByteForByteNotMadeIntoAPerson(TestDatabase db) {
        try (WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            String before = DavClient.first(dav.syncCollection("").body(), "d:sync-token");
            // a group as iOS, macOS and DAVx5 write them in vCard 3.0, and a vCard 4.0 one (DAVx5's default)
            String family = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iOS 17.0//EN",
                    "N:Family", "FN:Family", "X-ADDRESSBOOKSERVER-KIND:group",
                    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:8B1C0E1F-1234", "UID:F00D-GROUP", "END:VCARD", "");
            HttpResponse<String> apple = dav.put("/dav/contacts/F00D-GROUP.vcf", family, "If-None-Match", "*");
            assertThat(apple.statusCode()).isEqualTo(201);
            String etag = apple.headers().firstValue("ETag").orElseThrow();
            String team = String.join("\n", "BEGIN:VCARD", "VERSION:4.0", "UID:team", "FN:Team", "kind:Group",
                    "MEMBER:urn:uuid:x", "MEMBER:urn:uuid:y", "END:VCARD", "");
            assertThat(dav.put("/dav/contacts/team.vcf", team).statusCode()).isEqualTo(201);
            assertThat(web.book.contacts().all()).isEmpty();

            HttpResponse<String> got = dav.send("GET", "/dav/contacts/F00D-GROUP.vcf", null);
            assertThat(got.body()).isEqualTo(family);
            assertThat(got.headers().firstValue("ETag")).hasValue(etag);
            assertThat(dav.send("GET", "/dav/contacts/team.vcf", null).body()).isEqualTo(team);
            HttpResponse<String> list = dav.propfind("/dav/contacts/", "1", "<d:getetag/>");
            assertThat(DavClient.cardHrefs(list.body())).containsExactlyInAnyOrder("/dav/contacts/F00D-GROUP.vcf",
                    "/dav/contacts/team.vcf");
            assertThat(list.body()).contains(etag.replace("\"", ""));
            HttpResponse<String> changes = dav.syncCollection(before);
            assertThat(DavClient.cardHrefs(changes.body())).containsExactlyInAnyOrder("/dav/contacts/F00D-GROUP.vcf",
                    "/dav/contacts/team.vcf");
            assertThat(changes.body()).contains("X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:8B1C0E1F-1234");
            String afterAdd = DavClient.first(changes.body(), "d:sync-token");

            // an edit needs the current ETag and gives a new one
            String edited = family.replace("END:VCARD", "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:AAAA\r\nEND:VCARD");
            assertThat(dav.put("/dav/contacts/F00D-GROUP.vcf", edited, "If-Match", "\"stale\"").statusCode()).isEqualTo(412);
            HttpResponse<String> edit = dav.put("/dav/contacts/F00D-GROUP.vcf", edited, "If-Match", etag);
            assertThat(edit.statusCode()).isEqualTo(204);
            assertThat(edit.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
            assertThat(dav.send("GET", "/dav/contacts/F00D-GROUP.vcf", null).body()).isEqualTo(edited);

            // a delete leaves a tombstone for sync
            assertThat(dav.send("DELETE", "/dav/contacts/team.vcf", null).statusCode()).isEqualTo(204);
            assertThat(dav.send("GET", "/dav/contacts/team.vcf", null).statusCode()).isEqualTo(404);
            HttpResponse<String> since = dav.syncCollection(afterAdd);
            assertThat(since.body()).contains("<d:href>/dav/contacts/team.vcf</d:href><d:status>HTTP/1.1 404 Not Found");
            assertThat(DavClient.cardHrefs(since.body())).contains("/dav/contacts/F00D-GROUP.vcf");
            assertThat(web.book.contacts().all()).isEmpty();
        }
    }

    @Test
    void aGroupAndAPersonNeverShareACardNameOrAUid() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            String person = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:ada", "FN:Ada Lovelace",
                    "N:Lovelace;Ada;;;", "END:VCARD", "");
            String group = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:family", "FN:Family",
                    "X-ADDRESSBOOKSERVER-KIND:group", "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ada", "END:VCARD", "");
            assertThat(dav.put("/dav/contacts/ada.vcf", person).statusCode()).isEqualTo(201);
            assertThat(dav.put("/dav/contacts/family.vcf", group).statusCode()).isEqualTo(201);
            HttpResponse<String> groupOverPerson = dav.put("/dav/contacts/ada.vcf", group.replace("UID:family", "UID:g2"));
            assertThat(groupOverPerson.statusCode()).isEqualTo(400);
            assertThat(groupOverPerson.body()).contains("a person's");
            HttpResponse<String> personOverGroup = dav.put("/dav/contacts/family.vcf", person.replace("UID:ada", "UID:p2"));
            assertThat(personOverGroup.statusCode()).isEqualTo(400);
            assertThat(personOverGroup.body()).contains("contact group");
            assertThat(dav.put("/dav/contacts/other.vcf", group).statusCode()).isEqualTo(409); // the UID family is taken
            assertThat(web.book.contacts().all()).extracting("name").containsExactly("Ada Lovelace");
            assertThat(dav.send("GET", "/dav/contacts/family.vcf", null).body()).isEqualTo(group);
            // once the group is deleted, its name may hold a person
            assertThat(dav.send("DELETE", "/dav/contacts/family.vcf", null).statusCode()).isEqualTo(204);
            assertThat(dav.put("/dav/contacts/family.vcf", person.replace("UID:ada", "UID:p2")
                    .replace("Ada Lovelace", "Bo Chen").replace("Lovelace;Ada", "Chen;Bo")).statusCode()).isEqualTo(201);
            HttpResponse<String> all = dav.syncCollection("");
            assertThat(DavClient.cardHrefs(all.body())).containsExactlyInAnyOrder("/dav/contacts/ada.vcf",
                    "/dav/contacts/family.vcf");
            assertThat(all.body()).contains("FN:Bo Chen").doesNotContain("X-ADDRESSBOOKSERVER-KIND");
        }
    }

    @Test
    void addressbookQueryFindsCardsByPropertyTextAndParameterAndHonoursItsLimit() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ada Lovelace").email("ada@example.org").build());
            web.book.contacts().add(ContactDraft.builder("Alan Turing").email("alan@bletchley.example").build());
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            dav.put("/dav/contacts/grace.vcf", CardDavServerTest.PHOTO_CARD);
            // Evolution's and Thunderbird's search: an email containing, a name starting with
            HttpResponse<String> byEmail = query(dav, "<C:filter test=\"anyof\"><C:prop-filter name=\"EMAIL\">"
                    + "<C:text-match collation=\"i;unicode-casemap\" match-type=\"contains\">BLETCHLEY</C:text-match>"
                    + "</C:prop-filter></C:filter>");
            assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(207);
            assertThat(byEmail.body()).contains("FN:Alan Turing").doesNotContain("Ada").doesNotContain("Grace");
            HttpResponse<String> either = query(dav, "<C:filter><C:prop-filter name=\"FN\"><C:text-match match-type="
                    + "\"starts-with\">ada</C:text-match></C:prop-filter><C:prop-filter name=\"NOTE\"><C:text-match>compiler"
                    + "</C:text-match></C:prop-filter></C:filter>");
            assertThat(DavClient.cardHrefs(either.body())).hasSize(2);
            assertThat(either.body()).contains("Ada Lovelace", "Grace Hopper");
            HttpResponse<String> both = query(dav, "<C:filter test=\"allof\"><C:prop-filter name=\"FN\"><C:text-match>a"
                    + "</C:text-match></C:prop-filter><C:prop-filter name=\"PHOTO\"><C:is-not-defined/></C:prop-filter></C:filter>");
            assertThat(DavClient.cardHrefs(both.body())).hasSize(2);
            assertThat(both.body()).doesNotContain("Grace");
            HttpResponse<String> param = query(dav, "<C:filter><C:prop-filter name=\"TEL\" test=\"allof\"><C:param-filter"
                    + " name=\"TYPE\"><C:text-match match-type=\"equals\">cell</C:text-match></C:param-filter>"
                    + "<C:text-match negate-condition=\"yes\">0199</C:text-match></C:prop-filter></C:filter>");
            assertThat(DavClient.cardHrefs(param.body())).containsExactly("/dav/contacts/grace.vcf");
            HttpResponse<String> limited = query(dav, "<C:filter/><C:limit><C:nresults>1</C:nresults></C:limit>");
            assertThat(DavClient.all(limited.body(), "(BEGIN:VCARD)")).hasSize(1);
            assertThat(limited.body()).contains("<d:href>/dav/contacts/</d:href><d:status>HTTP/1.1 507");
            HttpResponse<String> collation = query(dav, "<C:filter><C:prop-filter name=\"FN\"><C:text-match collation="
                    + "\"i;klingon\">a</C:text-match></C:prop-filter></C:filter>");
            assertThat(collation.statusCode()).isEqualTo(403);
            assertThat(collation.body()).contains("supported-collation");
        }
    }

    @Test
    void aSyncCollectionWithALimitIsCutAtWholeRevisionsAndGoesOnFromItsToken() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            for (String name : new String[] {"Ada Lovelace", "Alan Turing", "Kurt Goedel"}) {
                web.book.contacts().add(ContactDraft.builder(name).build());
                dav.propfind("/dav/contacts/", "0", "<d:sync-token/>"); // each journalled at a revision of its own
            }
            HttpResponse<String> page = syncLimited(dav, "", 2);
            assertThat(page.statusCode()).isEqualTo(207);
            assertThat(DavClient.cardHrefs(page.body())).hasSize(2);
            assertThat(page.body()).contains("<d:href>/dav/contacts/</d:href><d:status>HTTP/1.1 507");
            HttpResponse<String> rest = syncLimited(dav, DavClient.first(page.body(), "d:sync-token"), 2);
            assertThat(DavClient.cardHrefs(rest.body())).hasSize(1).doesNotContainAnyElementsOf(DavClient.cardHrefs(page.body()));
            assertThat(rest.body()).doesNotContain("HTTP/1.1 507");
            // more changes made together than the limit cannot be cut: refused, as RFC 6578 says
            web.book.atomically(() -> {
                web.book.contacts().add(ContactDraft.builder("Grace Hopper").build());
                return web.book.contacts().add(ContactDraft.builder("Edsger Dijkstra").build());
            });
            HttpResponse<String> tooMany = syncLimited(dav, DavClient.first(rest.body(), "d:sync-token"), 1);
            assertThat(tooMany.statusCode()).isEqualTo(507);
            assertThat(tooMany.body()).contains("number-of-matches-within-limits");
        }
    }

    @Test
    void theVcardVersionAClientAsksForIsTheOneItGetsAndACardWithNoneAskedIsServedAsSent() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            dav.put("/dav/contacts/4f1c-40.vcf", CARD_40, "If-None-Match", "*");
            dav.put("/dav/contacts/grace.vcf", CardDavServerTest.PHOTO_CARD, "If-None-Match", "*");
            String etag40 = dav.send("GET", "/dav/contacts/4f1c-40.vcf", null).headers().firstValue("ETag").orElseThrow();
            // iOS and macOS read vCard 3.0 only: a card DAVx5 wrote in 4.0 reaches them as 3.0, with its ETag
            HttpResponse<String> as30 = multiget(dav, "<C:address-data content-type=\"text/vcard\" version=\"3.0\"/>",
                    "/dav/contacts/4f1c-40.vcf");
            assertThat(as30.statusCode()).as(as30.body()).isEqualTo(207);
            assertThat(as30.body()).contains("VERSION:3.0", "FN:Katherine Johnson", "katherine@nasa.example", "+1-555-0142")
                    .doesNotContain("VERSION:4.0").contains(etag40.replace("\"", "&quot;"));
            // DAVx5 asks for 4.0 (the server lists it in supported-address-data): a phone's 3.0 card reaches it as 4.0
            HttpResponse<String> as40 = multiget(dav, "<C:address-data content-type=\"text/vcard\" version=\"4.0\"/>",
                    "/dav/contacts/grace.vcf");
            assertThat(as40.body()).contains("VERSION:4.0", "FN:Grace Hopper", "X-PHONETIC-FIRST-NAME:Greys", "data:image/jpeg;base64,")
                    .doesNotContain("VERSION:3.0");
            HttpResponse<String> sync = dav.send("REPORT", "/dav/contacts/", "<d:sync-collection xmlns:d=\"DAV:\" xmlns:C=\""
                    + "urn:ietf:params:xml:ns:carddav\"><d:sync-token/><d:sync-level>1</d:sync-level><d:prop><d:getetag/>"
                    + "<C:address-data content-type=\"text/vcard\" version=\"4.0\"/></d:prop></d:sync-collection>", "Depth", "0");
            assertThat(DavClient.all(sync.body(), "(VERSION:4\\.0)")).hasSize(2);
            // the version asked of a card already in it, or none asked: the card as it was sent, byte for byte
            assertThat(multiget(dav, "<C:address-data content-type=\"text/vcard\" version=\"4.0\"/>", "/dav/contacts/4f1c-40.vcf")
                    .body()).contains("FN:Katherine\n  Johnson");
            assertThat(multiget(dav, "<C:address-data/>", "/dav/contacts/4f1c-40.vcf").body()).contains("VERSION:4.0");
            // GET with an Accept naming a version, as DAVx5 and Thunderbird send it
            HttpResponse<String> get30 = dav.send("GET", "/dav/contacts/4f1c-40.vcf", null, "Accept", "text/vcard; version=3.0");
            assertThat(get30.body()).startsWith("BEGIN:VCARD").contains("VERSION:3.0", "FN:Katherine Johnson");
            assertThat(dav.send("GET", "/dav/contacts/grace.vcf", null, "Accept", "text/vcard;q=0.9, text/vcard;version=4.0")
                    .body()).contains("VERSION:4.0");
            assertThat(dav.send("GET", "/dav/contacts/grace.vcf", null, "Accept", "text/vcard, */*").body())
                    .isEqualTo(CardDavServerTest.PHOTO_CARD);
            // a format Kith does not serve is refused with the precondition RFC 6352 names
            HttpResponse<String> json = multiget(dav, "<C:address-data content-type=\"application/vcard+json\"/>",
                    "/dav/contacts/grace.vcf");
            assertThat(json.statusCode()).isEqualTo(403);
            assertThat(json.body()).contains("supported-address-data");
        }
    }

    @Test
    void androidAndOutlookCardsFoldedInsideACharacterOrInALegacyCharsetKeepEveryLetter() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            // an Android export: FN folded between the two bytes of "ë", an ORG in ISO-8859-1 named by CHARSET,
            // a quoted-printable NOTE with a soft line break, and a field Kith does not keep
            byte[] fn = "FN:Zoë Ångström".getBytes(StandardCharsets.UTF_8);
            int cut = 6; // after the first byte of "ë"
            java.io.ByteArrayOutputStream android = new java.io.ByteArrayOutputStream();
            android.writeBytes("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:android-1\r\n".getBytes(StandardCharsets.US_ASCII));
            android.write(fn, 0, cut);
            android.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
            android.write(fn, cut, fn.length - cut);
            android.writeBytes(("\r\nN;CHARSET=UTF-8:Ångström;Zoë;;;\r\n").getBytes(StandardCharsets.UTF_8));
            android.writeBytes("ORG;CHARSET=ISO-8859-1:Société Générale\r\n".getBytes(StandardCharsets.ISO_8859_1));
            android.writeBytes(("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 au lait, tr=C3=A8s =\r\nbien\r\n"
                    + "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Zozo;1;;;;;;;;;;;;;\r\nEND:VCARD\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            HttpResponse<String> put = dav.putBytes("/dav/contacts/android-1.vcf", android.toByteArray(), "text/x-vcard");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(put.headers().firstValue("ETag")).as("the card stored is not the bytes sent").isEmpty();
            var zoe = web.book.contacts().resolve("Zoë Ångström");
            assertThat(zoe.currentJob().orElseThrow().organization()).isEqualTo("Société Générale");
            assertThat(zoe.notes()).isEqualTo("Café au lait, très bien");
            String served = dav.send("GET", "/dav/contacts/android-1.vcf", null).body();
            assertThat(served).contains("FN:Zoë Ångström", "ORG:Société Générale", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Zozo")
                    .doesNotContain("\uFFFD");
            // Outlook: the whole card in Windows-1252, said so in the Content-Type
            byte[] outlook = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "UID:outlook-1", "N:Müller;Jürgen",
                    "FN:Jürgen Müller", "TITLE:Geschäftsführer – Vertrieb", "END:VCARD", "").getBytes(java.nio.charset.Charset.forName("windows-1252"));
            assertThat(dav.putBytes("/dav/contacts/outlook-1.vcf", outlook, "text/x-vcard; charset=windows-1252").statusCode())
                    .isEqualTo(201);
            assertThat(web.book.contacts().resolve("Jürgen Müller").currentJob().orElseThrow().title())
                    .isEqualTo("Geschäftsführer – Vertrieb");
            // the same without a charset: each line that is not UTF-8 is read as Windows-1252
            byte[] bare = new String(outlook, java.nio.charset.Charset.forName("windows-1252")).replace("outlook-1", "outlook-2")
                    .replace("Jürgen", "Jörg").getBytes(java.nio.charset.Charset.forName("windows-1252"));
            assertThat(dav.putBytes("/dav/contacts/outlook-2.vcf", bare, "text/vcard").statusCode()).isEqualTo(201);
            assertThat(web.book.contacts().resolve("Jörg Müller").currentJob().orElseThrow().title())
                    .isEqualTo("Geschäftsführer – Vertrieb");
        }
    }

    @Test
    void aMethodKithDoesNotTakeIsAnsweredWith405Or501NeverTheWebPagesNotFound() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            dav.put("/dav/contacts/grace.vcf", CardDavServerTest.PHOTO_CARD);
            for (String method : new String[] {"PATCH", "ACL", "MKCALENDAR", "SEARCH", "BIND", "MKREDIRECTREF"}) {
                for (String path : new String[] {"/dav/contacts/", "/dav/contacts/grace.vcf", "/.well-known/carddav"}) {
                    HttpResponse<String> r = dav.send(method, path, null);
                    assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                    assertThat(r.headers().firstValue("Allow").orElseThrow()).contains("PROPFIND", "REPORT");
                    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).doesNotContain("html");
                }
            }
            HttpResponse<String> unknown = dav.send("FROBNICATE", "/dav/contacts/grace.vcf", null);
            assertThat(unknown.statusCode()).isEqualTo(501);
            assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).doesNotContain("html");
            assertThat(dav.send("GET", "/dav/contacts/grace.vcf", null).body()).isEqualTo(CardDavServerTest.PHOTO_CARD);
        }
    }

    @Test
    void aCardNamedAfterAUidWithSpacesBracesOrAccentsIsStoredAndFoundUnderTheNameTheClientChose() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            // Evolution and CardBook name a card after its UID, percent-encoded: Outlook's braces, a space, an accent
            String[][] names = {{"%7BB2F6-11%7D%20Outlook.vcf", "{B2F6-11} Outlook.vcf", "Olga Outlook"},
                    {"caf%C3%A9.vcf", "café.vcf", "Carla Cafe"}, {"_hidden.VCF", "_hidden.VCF", "Hilde Hidden"},
                    {"Q%3Dodd.vcf", "Q=odd.vcf", "Quentin Odd"}};
            for (String[] n : names) {
                String card = CardDavServerTest.PHOTO_CARD.replace("UID:phone-card-1", "UID:" + n[1].replace(".vcf", ""))
                        .replace("UID:" + n[1], "UID:" + n[1].replace(".VCF", "")).replace("Grace Hopper", n[2])
                        .replace("N:Hopper;Grace;;;", "N:" + n[2].split(" ")[1] + ";" + n[2].split(" ")[0] + ";;;")
                        .replace("grace@navy.example", n[2].split(" ")[0].toLowerCase(java.util.Locale.ROOT) + "@example.org");
                HttpResponse<String> put = dav.put("/dav/contacts/" + n[0], card, "If-None-Match", "*");
                assertThat(put.statusCode()).as(n[1] + ": " + put.body()).isEqualTo(201);
                assertThat(web.book.contacts().resolve(n[2]).archived()).isFalse();
                HttpResponse<String> got = dav.send("GET", "/dav/contacts/" + n[0], null);
                assertThat(got.statusCode()).as(n[1]).isEqualTo(200);
                assertThat(got.body()).isEqualTo(card);
            }
            // listed, multigot and synced under hrefs that are valid URIs and name the same cards
            String listing = dav.propfind("/dav/contacts/", "1", "<d:getetag/>").body();
            assertThat(DavClient.cardHrefs(listing)).containsExactlyInAnyOrder("/dav/contacts/%7BB2F6-11%7D%20Outlook.vcf",
                    "/dav/contacts/caf%C3%A9.vcf", "/dav/contacts/_hidden.VCF", "/dav/contacts/Q=odd.vcf");
            for (String href : DavClient.cardHrefs(listing)) {
                java.net.URI.create(href);
                HttpResponse<String> one = multiget(dav, "<C:address-data/>", href);
                assertThat(DavClient.cardHrefs(one.body())).as(href).containsExactly(href);
                assertThat(one.body()).contains("BEGIN:VCARD");
                assertThat(dav.propfind(href, "0", "<d:getetag/>").body()).contains("<d:href>" + href + "</d:href>");
            }
            String token = DavClient.first(dav.propfind("/dav/contacts/", "0", "<d:sync-token/>").body(), "d:sync-token");
            assertThat(dav.send("DELETE", "/dav/contacts/%7BB2F6-11%7D%20Outlook.vcf", null).statusCode()).isEqualTo(204);
            assertThat(web.book.contacts().resolve("Olga Outlook").archived()).isTrue();
            assertThat(dav.syncCollection(token).body())
                    .contains("<d:href>/dav/contacts/%7BB2F6-11%7D%20Outlook.vcf</d:href><d:status>HTTP/1.1 404");
            // a name too long to keep is refused with the reason, nothing stored
            HttpResponse<String> tooLong = dav.put("/dav/contacts/" + "%C3%A9".repeat(80) + ".vcf",
                    CardDavServerTest.PHOTO_CARD.replace("UID:phone-card-1", "UID:long").replace("Grace Hopper", "Lola Long"));
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(tooLong.body()).contains("at most 200");
            assertThat(web.book.contacts().all()).noneMatch(c -> c.name().equals("Lola Long"));
        }
    }

    @Test
    void aControlCharacterInACardIsDroppedAndTheCardKept() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            String card = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "UID:ctl-1", "FN:Bella\u0007 Bell", "N:Bell;Bella;;;",
                    "NOTE:first\u0000second\u001b", "X-CUSTOM:kept\ttab", "END:VCARD", "");
            HttpResponse<String> put = dav.put("/dav/contacts/ctl-1.vcf", card);
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(put.headers().firstValue("ETag")).isEmpty();
            assertThat(web.book.contacts().resolve("Bella Bell").notes()).isEqualTo("firstsecond");
            assertThat(dav.send("GET", "/dav/contacts/ctl-1.vcf", null).body()).contains("FN:Bella Bell", "X-CUSTOM:kept\ttab")
                    .doesNotContain("\u0000").doesNotContain("\u0007");
        }
    }

    @Test
    void aMultigetSentToACardsOwnAddressAnswersThatCard() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            dav.put("/dav/contacts/grace.vcf", CardDavServerTest.PHOTO_CARD);
            HttpResponse<String> r = dav.send("REPORT", "/dav/contacts/grace.vcf", "<C:addressbook-multiget xmlns:D=\"DAV:\""
                    + " xmlns:C=\"urn:ietf:params:xml:ns:carddav\"><D:prop><D:getetag/><C:address-data/></D:prop>"
                    + "<D:href>/dav/contacts/grace.vcf</D:href></C:addressbook-multiget>", "Depth", "0");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(207);
            assertThat(DavClient.cardHrefs(r.body())).containsExactly("/dav/contacts/grace.vcf");
            assertThat(r.body()).contains("FN:Grace Hopper");
            HttpResponse<String> sync = dav.send("REPORT", "/dav/contacts/grace.vcf", "<d:sync-collection xmlns:d=\"DAV:\">"
                    + "<d:sync-token/><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>");
            assertThat(sync.statusCode()).isEqualTo(403);
            assertThat(sync.body()).contains("supported-report");
        }
    }

    @Test
    void aPhoneContactOfJustAnEmailOrANumberIsNamedAfterItInsteadOfRefused() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            // as iOS writes a contact with no name: an empty N and FN
            String numberOnly = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.1//EN",
                    "N:;;;;", "FN:", "TEL;type=CELL;type=VOICE;type=pref:+1 555 0177", "UID:8F3E-NUMBER", "END:VCARD", "");
            HttpResponse<String> put = dav.put("/dav/contacts/8F3E-NUMBER.vcf", numberOnly, "If-None-Match", "*");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
            assertThat(put.headers().firstValue("ETag")).isEmpty();
            assertThat(web.book.contacts().resolve("+1 555 0177").phones()).containsExactly("+1 555 0177");
            String served = dav.send("GET", "/dav/contacts/8F3E-NUMBER.vcf", null).body();
            assertThat(served).contains("FN:+1 555 0177", "PRODID:-//Apple Inc.//iPhone OS 17.1//EN", "UID:8F3E-NUMBER");
            // vCard 4.0 with an email only and no FN line at all (DAVx5)
            String emailOnly = String.join("\n", "BEGIN:VCARD", "VERSION:4.0", "UID:mail-only", "EMAIL:someone@example.org",
                    "END:VCARD", "");
            assertThat(dav.put("/dav/contacts/mail-only.vcf", emailOnly).statusCode()).isEqualTo(201);
            assertThat(web.book.contacts().resolve("someone@example.org").emails()).containsExactly("someone@example.org");
            // a card with a name is left as sent, and one naming nothing at all is still refused
            assertThat(dav.put("/dav/contacts/org.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:org\r\nFN:\r\nORG:Acme;\r\n"
                    + "EMAIL:info@acme.example\r\nEND:VCARD\r\n").headers().firstValue("ETag")).isPresent();
            HttpResponse<String> nothing = dav.put("/dav/contacts/nothing.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nothing\r\n"
                    + "N:;;;;\r\nNOTE:just a note\r\nEND:VCARD\r\n");
            assertThat(nothing.statusCode()).isEqualTo(400);
            assertThat(nothing.body()).contains("no name");
        }
    }

    @Test
    void aMultigetOfCardsLargerThanTheServersHeapIsStreamedWhole() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            // photos of 1.5 MB: vdirsyncer fetches every card of its first sync in one multiget, and at the server's
            // 384 MB heap a book of such cards answered 500 when the whole answer was built in memory first
            StringBuilder photo = new StringBuilder();
            java.util.Random random = new java.util.Random(7);
            byte[] bytes = new byte[1_100_000];
            random.nextBytes(bytes);
            String base64 = java.util.Base64.getEncoder().encodeToString(bytes);
            for (int i = 0; i < base64.length(); i += 74) {
                photo.append(i == 0 ? "" : "\r\n ").append(base64, i, Math.min(base64.length(), i + 74));
            }
            StringBuilder hrefs = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:photo-" + i + "\r\nFN:Photo Person " + i + "\r\nN:Person " + i
                        + ";Photo;;;\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + photo + "\r\nEND:VCARD\r\n";
                assertThat(dav.put("/dav/contacts/photo-" + i + ".vcf", card).statusCode()).isEqualTo(201);
                hrefs.append("<D:href>/dav/contacts/photo-").append(i).append(".vcf</D:href>");
            }
            HttpResponse<String> all = dav.send("REPORT", "/dav/contacts/", "<C:addressbook-multiget xmlns:D=\"DAV:\" xmlns:C="
                    + "\"urn:ietf:params:xml:ns:carddav\"><D:prop><D:getetag/><C:address-data/></D:prop>" + hrefs
                    + "</C:addressbook-multiget>", "Depth", "1");
            assertThat(all.statusCode()).isEqualTo(207);
            assertThat(all.headers().firstValue("Content-Length")).as("sent as written, not held whole").isEmpty();
            org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(all.body())));
            org.w3c.dom.NodeList data = doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:carddav", "address-data");
            assertThat(data.getLength()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(data.item(i).getTextContent()).contains("FN:Photo Person " + i, photo.substring(photo.length() - 200))
                        .endsWith("END:VCARD\r\n");
            }
        }
    }

    private static HttpResponse<String> multiget(DavClient dav, String addressData, String href) {
        return dav.send("REPORT", "/dav/contacts/", "<?xml version=\"1.0\"?><C:addressbook-multiget xmlns:D=\"DAV:\""
                + " xmlns:C=\"urn:ietf:params:xml:ns:carddav\"><D:prop><D:getetag/>" + addressData + "</D:prop><D:href>" + href
                + "</D:href></C:addressbook-multiget>", "Depth", "1", "Content-Type", "application/xml; charset=utf-8");
    }

    private static HttpResponse<String> syncLimited(DavClient dav, String token, int limit) {
        return dav.send("REPORT", "/dav/contacts/", "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + token
                + "</d:sync-token><d:sync-level>1</d:sync-level><d:limit><d:nresults>" + limit + "</d:nresults></d:limit>"
                + "<d:prop><d:getetag/></d:prop></d:sync-collection>", "Depth", "0");
    }

    private static HttpResponse<String> query(DavClient dav, String filter) {
        return dav.send("REPORT", "/dav/contacts/", "<?xml version=\"1.0\" encoding=\"utf-8\"?><C:addressbook-query"
                + " xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\"><D:prop><D:getetag/><C:address-data/>"
                + "</D:prop>" + filter + "</C:addressbook-query>", "Depth", "1", "Content-Type", "application/xml; charset=utf-8");
    }
}
