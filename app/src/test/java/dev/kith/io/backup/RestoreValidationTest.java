package dev.kith.io.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A restore runs every record through the API's validation and refuses the file naming the record and field. */
class RestoreValidationTest {
    private static String backup(String contact) {
        return "{\"format\":\"" + Backup.FORMAT + "\",\"version\":" + Backup.VERSION + ",\"contacts\":[" + contact + "]}";
    }

    private static void refused(String contact, String message) {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            Map<String, Integer> before = Tables.counts(book.database());
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, backup(contact)))
                    .isInstanceOf(ImportException.class).hasMessageContaining(message);
            assertThat(Tables.counts(book.database())).isEqualTo(before);
        }
    }

    @Test
    void aGoodContactIsRestored() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            Fixtures.importText(book, ImportFormat.JSON, backup("{\"key\":\"c1\",\"name\":\"Ana Lima\","
                    + "\"website\":\"https://ana.example\",\"emails\":[\"ana@acme.example\"]}"));
            assertThat(book.contacts().resolve("Ana Lima").website()).isEqualTo("https://ana.example");
        }
    }

    @Test
    void aJavascriptWebsiteIsRefused() {
        refused("{\"key\":\"c1\",\"name\":\"Ana\",\"website\":\"javascript:alert(1)\"}",
                "contacts[0].website: 'javascript:alert(1)' is not a web address");
    }

    @Test
    void aFiveThousandCharacterNameIsRefused() {
        refused("{\"key\":\"c1\",\"name\":\"" + "N".repeat(5_000) + "\"}",
                "contacts[0].name: is longer than 200 characters");
    }

    @Test
    void aNoteOver64KbIsRefused() {
        refused("{\"key\":\"c1\",\"name\":\"Ana\",\"notes\":\"" + "x".repeat(70_000) + "\"}",
                "contacts[0].notes: is 70,000 characters long; at most 65,536 (64 KB) are allowed");
    }

    @Test
    void aBadEmailOrCircleIsRefused() {
        refused("{\"key\":\"c1\",\"name\":\"Ana\",\"emails\":[\"nope\"]}", "contacts[0].email: 'nope' is not an email address");
        refused("{\"key\":\"c1\",\"name\":\"Ana\",\"circle\":\"enemies\"}", "contacts[0].circle:");
        refused("{\"key\":\"c1\",\"name\":\"Ana\",\"cadenceDays\":0}", "contacts[0].cadence: must be between 1 and 3650");
    }

    @Test
    void aJavascriptArticleLinkOrAnOversizedSummaryIsRefused() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            String head = "{\"format\":\"" + Backup.FORMAT + "\",\"version\":" + Backup.VERSION + ",";
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, head
                    + "\"articles\":[{\"key\":\"a1\",\"url\":\"javascript:alert(1)\",\"title\":\"x\"}]}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("articles[0].url: must be an http(s) link");
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, head
                    + "\"contacts\":[{\"key\":\"c1\",\"name\":\"Ana\"}],\"interactions\":[{\"key\":\"i1\","
                    + "\"date\":\"2026-01-01\",\"kind\":\"call\",\"initiator\":\"me\",\"summary\":\""
                    + "s".repeat(70_000) + "\",\"people\":[\"c1\"]}]}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("interactions[0].summary:", "64 KB");
        }
    }
}
