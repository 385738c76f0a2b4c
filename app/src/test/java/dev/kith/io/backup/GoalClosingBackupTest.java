package dev.kith.io.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.goals.GoalClosing;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A backup carries how a goal was closed; an open goal has no closing fields, and a closing in other words is refused. */
class GoalClosingBackupTest {
    private static String backupWithAClosedGoal(TestDatabase db) {
        Kith book = Fixtures.book(db);
        book.goals().add("Find a co-author", List.of(), null);
        book.goals().close(book.goals().add("Speak at ALA", List.of(), null).id(), GoalClosing.ACHIEVED, "Spoke in June");
        return Backup.toJson(book.book());
    }

    @Test
    void anOpenGoalWritesNoClosingAndAClosedOneRestoresClosed() {
        try (TestDatabase from = TestDatabase.sqlite(); TestDatabase to = TestDatabase.sqlite()) {
            String json = backupWithAClosedGoal(from);
            assertThat(json).containsOnlyOnce("\"closedOn\"").contains("\"closedAs\" : \"achieved\"");
            Kith restored = Fixtures.book(to);
            assertThat(Fixtures.importText(restored, ImportFormat.JSON, json).errors()).isEmpty();
            assertThat(restored.goals().resolve("Find a co-author").closed()).isFalse();
            assertThat(restored.goals().resolve("Speak at ALA").closedNote()).isEqualTo("Spoke in June");
        }
    }

    @Test
    void aClosingThatIsNeitherAchievedNorDroppedRefusesTheWholeBackup() {
        try (TestDatabase from = TestDatabase.sqlite(); TestDatabase to = TestDatabase.sqlite()) {
            String json = backupWithAClosedGoal(from).replace("\"closedAs\" : \"achieved\"", "\"closedAs\" : \"won\"");
            Kith restored = Fixtures.book(to);
            assertThatThrownBy(() -> Fixtures.importText(restored, ImportFormat.JSON, json))
                    .isInstanceOf(ImportException.class).hasMessageContaining("closedAs")
                    .hasMessageContaining("'won' is not achieved or dropped");
            assertThat(restored.goals().list()).isEmpty();
        }
    }
}
