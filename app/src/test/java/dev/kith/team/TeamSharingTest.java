package dev.kith.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.SettingValues;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;

class TeamSharingTest {

    @BothDatabases
    void sharingIsOffUntilTurnedOnAndStoredAsTheSettingsKey(TestDatabase db) {
        Kith book = Kith.open(db.database(), "ann", KithClock.fixed(LocalDate.of(2026, 11, 24)));
        TeamSharing sharing = new TeamSharing(db.database());
        assertThat(sharing.isShared(book.id())).isFalse();
        sharing.setShared(book.id(), true);
        assertThat(sharing.isShared(book.id())).isTrue();
        assertThat(new SettingValues(db.database(), book.id()).all()).containsEntry("team.share-graph", "true");
        sharing.setShared(book.id(), false);
        assertThat(sharing.isShared(book.id())).isFalse();
    }

    @org.junit.jupiter.api.Test
    void onlyTrueOrFalseParse() {
        assertThat(TeamSharing.parse(" TRUE ")).isTrue();
        assertThat(TeamSharing.parse("false")).isFalse();
        assertThatThrownBy(() -> TeamSharing.parse("yes")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("team.share-graph");
    }

    @org.junit.jupiter.api.Test
    void closenessBucketsStrengthAndLiftsInnerAndCloseCircles() {
        assertThat(Closeness.of(75, "network")).isEqualTo(Closeness.CLOSE);
        assertThat(Closeness.of(40, null)).isEqualTo(Closeness.GOOD);
        assertThat(Closeness.of(39, "acquaintance")).isEqualTo(Closeness.SOME);
        assertThat(Closeness.of(5, "network")).isEqualTo(Closeness.WEAK);
        assertThat(Closeness.of(5, "inner")).isEqualTo(Closeness.CLOSE);
        assertThat(Closeness.of(5, "close")).isEqualTo(Closeness.GOOD);
        assertThat(Closeness.of(70, "close")).isEqualTo(Closeness.CLOSE);
    }

    @org.junit.jupiter.api.Test
    void linkedInKeysIgnoreSchemeWwwCaseAndTrailingSlashes() {
        assertThat(ColleagueTarget.linkedinKey(" HTTPS://www.LinkedIn.com/in/Zed// "))
                .isEqualTo(ColleagueTarget.linkedinKey("linkedin.com/in/zed"))
                .isEqualTo("linkedin.com/in/zed");
    }
}
