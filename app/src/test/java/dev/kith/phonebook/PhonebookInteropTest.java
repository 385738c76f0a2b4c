package dev.kith.phonebook;

import static dev.kith.phonebook.FakeDavServer.multistatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.phonebook.FakeDavServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kith's CardDAV client against the answers real servers give, played by a scripted server: Nextcloud
 * (SabreDAV: "d:" prefixes, the well-known redirect, absolute hrefs, 404 propstats mixed in), iCloud (the
 * address books on a partition host), a server redirecting to another one, and XML quirks.
 */
class PhonebookInteropTest {
    private static final String NC = "/remote.php/dav/";
    private static final String HOME = NC + "addressbooks/users/me/";
    private static final String BOOK = HOME + "contacts/";

    private static CardDavClient client(URI url) {
        return new CardDavClient(CardDavClient.defaultHttpClient(), url, "me", "secret", CardDavClient.DEFAULT_MAX_BYTES,
                Duration.ofSeconds(10));
    }

    /** Nextcloud's discovery, as SabreDAV answers it: no DAV at the root, the well-known address redirected. */
    private static void nextcloud(FakeDavServer s, String homeSet) {
        s.on("PROPFIND", "/", new Answer(405, "<html>Method not allowed</html>", "Content-Type", "text/html"));
        s.on("PROPFIND", "/.well-known/carddav", new Answer(301, null, "Location", s.at(NC).toString()));
        s.on("PROPFIND", NC, multistatus("<?xml version=\"1.0\"?>\n<d:multistatus xmlns:d=\"DAV:\" xmlns:s=\"http://sabredav.org/ns\""
                + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:response><d:href>" + NC + "</d:href><d:propstat><d:prop>"
                + "<d:resourcetype><d:collection/></d:resourcetype><d:current-user-principal><d:href>" + NC
                + "principals/users/me/</d:href></d:current-user-principal></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
                + "</d:propstat><d:propstat><d:prop><card:addressbook-home-set/></d:prop><d:status>HTTP/1.1 404 Not Found"
                + "</d:status></d:propstat></d:response></d:multistatus>"));
        s.on("PROPFIND", NC + "principals/users/me/", multistatus("<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\""
                + "urn:ietf:params:xml:ns:carddav\"><d:response><d:href>" + NC + "principals/users/me/</d:href><d:propstat>"
                + "<d:prop><d:resourcetype><d:principal/></d:resourcetype><card:addressbook-home-set><d:href>" + homeSet
                + "</d:href></card:addressbook-home-set></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
                + "</d:response></d:multistatus>"));
    }

    private static String home(String bookHref) {
        return "<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:response><d:href>" + HOME
                + "</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK"
                + "</d:status></d:propstat></d:response><d:response><d:href>" + bookHref + "</d:href><d:propstat><d:prop>"
                + "<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK"
                + "</d:status></d:propstat></d:response></d:multistatus>";
    }

    @Test
    void aBareServerAddressIsFoundThroughTheWellKnownRedirectOnTheSameServer() {
        try (FakeDavServer s = new FakeDavServer()) {
            nextcloud(s, HOME);
            s.on("PROPFIND", HOME, multistatus(home(s.at(BOOK).toString()))); // an absolute href
            assertThat(client(s.at("/")).discover()).isEqualTo(s.at(BOOK));
        }
    }

    @Test
    void anAddressBookHomeOnAnotherHostIsNamedNotSentThePassword() {
        try (FakeDavServer s = new FakeDavServer()) {
            // iCloud: the principal on contacts.icloud.com names a home set on a partition host (here: "localhost")
            String partition = s.at("localhost", HOME).toString();
            nextcloud(s, partition);
            s.on("PROPFIND", HOME, multistatus(home(BOOK)));
            assertThatThrownBy(() -> client(s.at(NC)).discover()).isInstanceOf(PhonebookException.class)
                    .hasMessageContaining("another server, " + partition).hasMessageNotContaining("secret");
            assertThat(s.seen).filteredOn(r -> r.path().equals(HOME)).isEmpty();
            // given that address, the user trusts that server: it works there
            assertThat(client(URI.create(partition)).discover()).isEqualTo(URI.create(partition).resolve(BOOK));
        }
    }

    @Test
    void aRedirectToAnotherServerIsNotFollowedAndItsAddressIsShown() {
        try (FakeDavServer s = new FakeDavServer()) {
            s.on("PROPFIND", "/book/", new Answer(301, null, "Location", s.at("localhost", "/elsewhere/").toString()));
            assertThatThrownBy(() -> client(s.at("/book/")).discover()).isInstanceOf(PhonebookException.class)
                    .hasMessageContaining(s.at("localhost", "/elsewhere/").toString());
            assertThat(s.seen).extracting(FakeDavServer.Seen::path).containsExactly("/book/");
            // a collection named without its last slash, redirected on the same server, is followed
            s.on("PROPFIND", "/book", new Answer(301, null, "Location", "/book2/"));
            s.on("PROPFIND", "/book2/", multistatus(home("/book2/").replace(HOME, "/nothing/")));
            assertThat(client(s.at("/book")).discover()).isEqualTo(s.at("/book2/"));
        }
    }

    @Test
    void answersWithWhitespaceOrAByteOrderMarkBeforeTheXmlDeclarationAreRead() {
        try (FakeDavServer s = new FakeDavServer()) {
            // a PHP server with a stray line before "<?php" puts it before the XML declaration
            s.on("PROPFIND", BOOK, multistatus("\n\n\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + home(BOOK)
                    .replace(HOME + "</d:href>", "/other/</d:href>")));
            assertThat(client(s.at(BOOK)).discover()).isEqualTo(s.at(BOOK));
        }
    }

    @Test
    void aListingWithPercentEncodedHrefsMatchesAMultigetAnsweringThemDecoded() {
        try (FakeDavServer s = new FakeDavServer()) {
            String book = "/dav/addressbooks/ada%40example.org/contacts/"; // an address in the path, as Google and Fastmail have
            String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a@b\r\nFN:Ann\r\nEND:VCARD\r\n";
            s.on("REPORT", book, body -> body.contains("sync-collection")
                    ? multistatus("<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>" + "/dav/addressbooks/ada@example.org/contacts"
                    + "</d:href><d:propstat><d:prop><d:getetag>\"ctag-9\"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK"
                    + "</d:status></d:propstat></d:response>" // iCloud lists the collection itself among the changes
                    + "<d:response><d:href>" + book + "a%40b%2Dc.vcf</d:href>"
                    + "<d:propstat><d:prop><d:getetag>W/\"1\"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
                    + "</d:propstat></d:response><d:sync-token>t1</d:sync-token></d:multistatus>")
                    : multistatus("<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:response>"
                    + "<d:href>" + s.at(book) + "a%40b-c.vcf</d:href><d:propstat><d:prop><d:getetag>W/\"1\"</d:getetag>"
                    + "<card:address-data>" + card + "</card:address-data></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
                    + "</d:propstat></d:response></d:multistatus>"));
            CardDavClient c = client(s.at(book));
            CardDavClient.Listing l = c.list(s.at(book), null, null, Map.of());
            List<String> wanted = List.copyOf(l.changed().keySet());
            assertThat(wanted).hasSize(1);
            Map<String, CardDavClient.Fetched> got = c.multiget(s.at(book), wanted);
            assertThat(got).containsOnlyKeys(wanted);
            assertThat(got.get(wanted.getFirst()).etag()).isEqualTo("W/\"1\"");
        }
    }

    @Test
    void aServerTakingOnlyDigestCredentialsIsAnsweredWithDigest() {
        try (FakeDavServer s = new FakeDavServer().digestOnly("secret")) {
            // Baikal's default: a 401 offering Digest alone; asked once, every later request carries Digest
            s.on("PROPFIND", BOOK, multistatus(home(BOOK).replace(HOME + "</d:href>", "/other/</d:href>")));
            s.on("REPORT", BOOK, multistatus("<d:multistatus xmlns:d=\"DAV:\"><d:sync-token>t1</d:sync-token></d:multistatus>"));
            CardDavClient c = client(s.at(BOOK));
            assertThat(c.discover()).isEqualTo(s.at(BOOK));
            assertThat(c.list(s.at(BOOK), null, null, Map.of()).token()).isEqualTo("t1");
            assertThat(s.seen.get(0).authorization()).startsWith("Basic "); // answered 401, the only one
            assertThat(s.seen.subList(1, s.seen.size())).hasSizeGreaterThan(1).allMatch(r -> r.authorization().startsWith("Digest ") && r.authorization().contains(
                    "uri=\"" + BOOK + "\"")).noneMatch(r -> r.authorization().contains("secret"));
        }
    }

    @Test
    void chunkedAnswersAreReadAndBoundedAndADoctypeIsRefused() {
        try (FakeDavServer s = new FakeDavServer()) {
            String book = multistatus(home(BOOK)).body().replace(HOME + "</d:href>", "/other/</d:href>");
            s.on("PROPFIND", BOOK, new Answer(207, book, "Content-Type", "text/xml; charset=\"utf-8\"", FakeDavServer.CHUNKED, "y"));
            assertThat(client(s.at(BOOK)).discover()).isEqualTo(s.at(BOOK));
            CardDavClient small = new CardDavClient(CardDavClient.defaultHttpClient(), s.at(BOOK), "me", "secret", 256,
                    Duration.ofSeconds(10));
            assertThatThrownBy(small::discover).isInstanceOf(PhonebookException.class).hasMessageContaining("larger than 256 bytes");
            s.on("PROPFIND", BOOK, multistatus("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>&x;</d:href></d:response></d:multistatus>"));
            assertThatThrownBy(() -> client(s.at(BOOK)).discover()).isInstanceOf(PhonebookException.class)
                    .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
        }
    }

    @Test
    void aServerWithoutSyncCollectionIsListedByCtagAndEtags() {
        try (FakeDavServer s = new FakeDavServer()) {
            // an older SabreDAV: sync-collection refused, the ctag and the members' ETags by PROPFIND, the collection's own
            // getetag in a 404 propstat, relative and absolute hrefs, weak and strong ETags
            s.on("REPORT", BOOK, new Answer(501, "<d:error xmlns:d=\"DAV:\"><d:supported-report/></d:error>"));
            s.on("PROPFIND", BOOK, body -> body.contains("getctag")
                    ? multistatus("<d:multistatus xmlns:d=\"DAV:\" xmlns:cs=\"http://calendarserver.org/ns/\"><d:response><d:href>"
                    + BOOK + "</d:href><d:propstat><d:prop><cs:getctag>ctag-7</cs:getctag></d:prop><d:status>HTTP/1.1 200 OK"
                    + "</d:status></d:propstat></d:response></d:multistatus>")
                    : multistatus("<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>" + BOOK + "</d:href><d:propstat><d:prop>"
                    + "<d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
                    + "<d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>"
                    + "</d:response><d:response><d:href>" + s.at(BOOK) + "a.vcf</d:href><d:propstat><d:prop><d:getetag>W/\"a2\""
                    + "</d:getetag><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                    + "<d:response><d:href>b.vcf</d:href><d:propstat><d:prop><d:getetag>\"b1\"</d:getetag></d:prop><d:status>"
                    + "HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"));
            CardDavClient c = client(s.at(BOOK));
            Map<String, String> known = Map.of(BOOK + "a.vcf", "W/\"a1\"", BOOK + "b.vcf", "\"b1\"", BOOK + "gone.vcf", "\"g\"");
            CardDavClient.Listing l = c.list(s.at(BOOK), null, "ctag-6", known);
            assertThat(l.changed()).containsExactly(Map.entry(BOOK + "a.vcf", "W/\"a2\""));
            assertThat(l.removed()).containsExactly(BOOK + "gone.vcf");
            assertThat(l.ctag()).isEqualTo("ctag-7");
            assertThat(l.token()).isNull();
            // the ctag unchanged: nothing more is asked
            int before = s.seen.size();
            CardDavClient.Listing again = c.list(s.at(BOOK), null, "ctag-7", known);
            assertThat(again.changed()).isEmpty();
            assertThat(again.removed()).isEmpty();
            assertThat(s.seen.size() - before).isEqualTo(2); // the refused sync-collection and the ctag
        }
    }

    @Test
    void anAddressBookGivenWithoutItsLastSlashIsACollectionItsRelativeHrefsAreIn() {
        try (FakeDavServer s = new FakeDavServer()) {
            // Radicale and SabreDAV answer for the collection, with its slash, when asked without
            s.on("PROPFIND", "/dav/book", multistatus("<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
                    + "<d:response><d:href>/dav/book/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><card:addressbook/>"
                    + "</d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"));
            URI found = client(s.at("/dav/book")).discover();
            assertThat(found).isEqualTo(s.at("/dav/book/"));
            assertThat(CardDavClient.path(found, "a.vcf")).isEqualTo("/dav/book/a.vcf");
        }
    }
}
