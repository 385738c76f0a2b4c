package dev.kith.io.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.cards.Cards;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contact-group cards phones keep in Kith's address book go into a backup and come back from it as sent. */
class CardGroupsBackupTest {
    /** A group as iOS Contacts writes it: vCard 3.0, Apple's KIND and MEMBER, a folded member line. */
    static final String IOS_GROUP = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0",
            "PRODID:-//Apple Inc.//iOS 17.1//EN", "N:Book club", "FN:Book club", "X-ADDRESSBOOKSERVER-KIND:group",
            "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:6c1f36a4-0bd2-4a7c-9f4e-2",
            " 1d1a3a8e1c0", "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:person-2", "REV:2026-12-01T09:30:00Z",
            "UID:8C1E7A26-8E4B-4F0A-B0D4-3C2A4E1D7F11", "END:VCARD", "");
    /** A group as a vCard 4.0 client writes it, with bare line feeds. */
    static final String V4_GROUP = String.join("\n", "BEGIN:VCARD", "VERSION:4.0", "KIND:group", "FN:Climbing",
            "MEMBER:urn:uuid:person-3", "UID:urn:uuid:climbing-group", "END:VCARD", "");

    private static void roundTrip(TestDatabase from, TestDatabase to) {
        Kith source = Fixtures.book(from);
        RichBook.fill(source);
        source.cards().putGroup("8C1E7A26-8E4B-4F0A-B0D4-3C2A4E1D7F11.vcf", IOS_GROUP, null, "*");
        source.cards().putGroup("climbing.vcf", V4_GROUP, null, "*");
        source.cards().putGroup("gone.vcf", V4_GROUP.replace("climbing-group", "gone-group"), null, "*");
        source.cards().delete("gone.vcf", null);
        Map<String, Cards.Card> before = groups(source);
        String json = Backup.toJson(source.book());
        assertThat(json).contains("\"cardGroups\"", "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:person-2")
                .doesNotContain("gone-group");

        Kith target = Fixtures.book(to);
        assertThat(Fixtures.importText(target, ImportFormat.JSON, json).errors()).isEmpty();
        Map<String, Cards.Card> after = groups(target);
        assertThat(after.keySet()).containsExactlyInAnyOrder("8C1E7A26-8E4B-4F0A-B0D4-3C2A4E1D7F11.vcf", "climbing.vcf");
        assertThat(after.get("climbing.vcf").text()).isEqualTo(V4_GROUP);
        assertThat(target.cards().card("8C1E7A26-8E4B-4F0A-B0D4-3C2A4E1D7F11.vcf").orElseThrow().text()).isEqualTo(IOS_GROUP);
        after.forEach((name, card) -> assertThat(card.etag()).isEqualTo(before.get(name).etag()));
        assertThat(Backup.toJson(target.book())).isEqualTo(json);
    }

    private static Map<String, Cards.Card> groups(Kith book) {
        Map<String, Cards.Card> out = new java.util.HashMap<>();
        book.cards().snapshot().cards().stream().map(e -> book.cards().card(e.name()).orElseThrow())
                .filter(c -> c.text().contains("group"))
                .forEach(c -> out.put(c.name(), c));
        return out;
    }

    @Test
    void groupCardsSurviveABackupFromSqliteToPostgresql() {
        try (TestDatabase sqlite = TestDatabase.sqlite(); TestDatabase pg = TestDatabase.postgres()) {
            roundTrip(sqlite, pg);
        }
    }

    @Test
    void groupCardsSurviveABackupFromPostgresqlToSqlite() {
        try (TestDatabase pg = TestDatabase.postgres(); TestDatabase sqlite = TestDatabase.sqlite()) {
            roundTrip(pg, sqlite);
        }
    }

    @Test
    void aBackupWrittenBeforeGroupCardsWereKeptRestoresWithNone() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            Fixtures.importText(book, ImportFormat.JSON, "{\"format\":\"kith-backup\",\"version\":2,\"me\":null,"
                    + "\"contacts\":[{\"key\":\"c1\",\"name\":\"Ana Lima\"}]}");
            assertThat(book.cards().snapshot().cards()).extracting(e -> book.cards().card(e.name()).orElseThrow().text())
                    .singleElement()
                    .satisfies(t -> assertThat(t).contains("FN:Ana Lima"));
        }
    }

    @Test
    void aGroupCardThatIsNotAVcardOrTakesAnotherCardsUidRefusesTheWholeRestore() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            Map<String, Integer> before = Tables.counts(book.database());
            String head = "{\"format\":\"kith-backup\",\"version\":2,\"contacts\":[{\"key\":\"c1\",\"name\":\"Ana\"}],"
                    + "\"cardGroups\":[";
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, head
                    + "{\"name\":\"a.vcf\",\"text\":\"FN:not a card\"}]}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("cardGroups[0]").hasMessageContaining("BEGIN:VCARD");
            String card = Backup.MAPPER.valueToTree(V4_GROUP).toString();
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, head
                    + "{\"name\":\"a.vcf\",\"text\":" + card + "},{\"name\":\"b.vcf\",\"text\":" + card + "}]}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("cardGroups[1]").hasMessageContaining("UID");
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, head
                    + "{\"name\":\"../a.vcf\",\"text\":" + card + "}]}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("cardGroups[0]");
            assertThat(Tables.counts(book.database())).isEqualTo(before);
        }
    }
}
