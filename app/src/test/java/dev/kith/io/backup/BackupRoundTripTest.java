package dev.kith.io.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.demo.DemoBook;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.Test;

/** A backup restored into a fresh database, on the other dialect, exports byte for byte the same JSON. */
class BackupRoundTripTest {

    private static String roundTrip(TestDatabase from, TestDatabase to, java.util.function.Consumer<Kith> fill) {
        Kith source = Fixtures.book(from);
        fill.accept(source);
        String json = Backup.toJson(source.book());
        Kith target = Fixtures.book(to);
        ImportSummary s = Fixtures.importText(target, ImportFormat.JSON, json);
        assertThat(s.errors()).isEmpty();
        assertThat(Backup.toJson(target.book())).isEqualTo(json);
        return json;
    }

    @Test
    void everyKindOfRecordSurvivesSqliteToPostgresql() {
        try (TestDatabase sqlite = TestDatabase.sqlite(); TestDatabase pg = TestDatabase.postgres()) {
            String json = roundTrip(sqlite, pg, RichBook::fill);
            assertThat(json).startsWith("{\n  \"format\" : \"kith-backup\",\n  \"version\" : 2,\n  \"me\" : \"c1\"");
            assertThat(json).contains("\"industry\" : \"publishing\"", "\"metThrough\" : \"c2\"",
                    "\"awaitingReply\" : true", "\"acknowledged\" : true", "\"status\" : \"done\"",
                    "\"archived\" : true", "\"end\" : \"2026-11-24\"", "🎉");
            Kith restored = Fixtures.book(pg);
            Contact ana = restored.contacts().resolve("Ana Lima");
            assertThat(ana.cadenceDays()).isEqualTo(21);
            assertThat(restored.search().search("cafe", 5)).isNotEmpty();
            assertThat(restored.me()).contains(restored.contacts().resolve("Mia Moreau").id());
            assertThat(json).contains("\"todayActions\"", "\"kind\" : \"follow-up\"", "\"today.plan-size\"")
                    .doesNotContain("secret");
            long cy = restored.contacts().resolve("Cy").id();
            int restoredFollowUps = restored.database().read(h -> h.createQuery(
                            "SELECT count(*) FROM today_actions WHERE book_id = :b AND action_id LIKE :a")
                    .bind("b", restored.id()).bind("a", "follow-up:" + cy + ":%").mapTo(Integer.class).one());
            assertThat(restoredFollowUps).isEqualTo(1);
            assertThat(json).contains("\"targets\"", "\"kind\" : \"industry\"", "\"asks\"",
                    "\"topic\" : \"open-source funding\"", "\"kind\" : \"ask-intro\",\n    \"ref\" : \"w1\"");
            assertThat(restored.network().targets().list(true)).hasSize(5);
            assertThat(restored.network().referrals().open()).hasSize(1);
            assertThat(json).contains("\"closedAs\" : \"dropped\"", "\"closedNote\" : \"No talks this year\"");
            assertThat(restored.goals().resolve("Speak at ALA").closedAs()).isEqualTo(dev.kith.goals.GoalClosing.DROPPED);
        }
    }

    @Test
    void everyKindOfRecordSurvivesPostgresqlToSqlite() {
        try (TestDatabase pg = TestDatabase.postgres(); TestDatabase sqlite = TestDatabase.sqlite()) {
            roundTrip(pg, sqlite, RichBook::fill);
        }
    }

    @Test
    void theDemoBookRoundTrips() {
        try (TestDatabase sqlite = TestDatabase.sqlite(); TestDatabase pg = TestDatabase.postgres()) {
            roundTrip(sqlite, pg, book -> DemoBook.generate(book, DemoBook.SEED, DemoBook.DEFAULT_PEOPLE));
        }
    }

    @Test
    void restoringIntoABookThatHasContactsIsRefused() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            RichBook.fill(book);
            String json = Backup.toJson(book.book());
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, json))
                    .isInstanceOf(ImportException.class).hasMessageContaining("is not empty");
        }
    }

    @Test
    void aBackupFromANewerKithOrWithAnUnknownSectionIsRefused() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Fixtures.book(db);
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON,
                    "{\"format\": \"kith-backup\", \"version\": 3}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("written by a newer Kith");
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON,
                    "{\"format\": \"kith-backup\", \"version\": 1, \"actions\": []}"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("unknown section \"actions\"");
            assertThatThrownBy(() -> Fixtures.importText(book, ImportFormat.JSON, "{\"format\": \"kith-backup\",\n"))
                    .isInstanceOf(ImportException.class).hasMessageContaining("not valid JSON");
        }
    }
}
