package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A sync token belongs to one history of one address book: a phone holding a token of a database since recreated
 * (or of the form given before histories were kept) is told to sync afresh, never answered with "nothing changed".
 */
class CardDavSyncHistoryTest {

    @BothDatabases
    void aTokenFromTheAddressBookOfAnotherDatabaseAtTheSameUrlIsRefusedAsInvalid(TestDatabase db) {
        String oldToken;
        try (WebFixture first = new WebFixture(db)) {
            first.book.contacts().add(ContactDraft.builder("Ada Lovelace").email("ada@example.org").build());
            oldToken = DavClient.first(new DavClient(first.base(), "me", first.secret).syncCollection("").body(), "d:sync-token");
        }
        // the database is recreated (or a backup restored into a new file): the same number of changes, other cards
        try (TestDatabase recreated = db.spec().contains("postgresql") ? TestDatabase.postgres() : TestDatabase.sqlite();
             WebFixture second = new WebFixture(recreated)) {
            second.book.contacts().add(ContactDraft.builder("Grace Hopper").email("grace@navy.example").build());
            DavClient dav = new DavClient(second.base(), "me", second.secret);
            String fresh = DavClient.first(dav.syncCollection("").body(), "d:sync-token");
            assertThat(fresh).isNotEqualTo(oldToken);
            HttpResponse<String> stale = dav.syncCollection(oldToken);
            assertThat(stale.statusCode()).isEqualTo(403);
            assertThat(stale.body()).contains("<d:valid-sync-token/>");
            // a full resync then works, and its token is honoured
            HttpResponse<String> since = dav.syncCollection(fresh);
            assertThat(since.statusCode()).isEqualTo(207);
            assertThat(DavClient.cardHrefs(since.body())).isEmpty();
        }
    }

    @Test
    void aTokenOfTheFormGivenBeforeHistoriesWereKeptIsRefusedAsInvalidNotAServerError() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build());
            DavClient dav = new DavClient(web.base(), "me", web.secret);
            String token = DavClient.first(dav.syncCollection("").body(), "d:sync-token");
            String revision = token.substring(token.lastIndexOf('/') + 1);
            HttpResponse<String> old = dav.syncCollection("http://kith.dev/ns/sync/" + revision);
            assertThat(old.statusCode()).isEqualTo(403);
            assertThat(old.body()).contains("<d:valid-sync-token/>");
            assertThat(dav.syncCollection("http://kith.dev/ns/sync/").statusCode()).isEqualTo(403);
            assertThat(dav.syncCollection("http://kith.dev/ns/sync/x/y/1").statusCode()).isEqualTo(403);
        }
    }
}
