package dev.kith.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Database;
import dev.kith.store.TestDatabase;
import java.util.List;

/** Paths through colleagues on a small team (see {@link TeamFixture}), on SQLite and PostgreSQL. */
class ColleaguePathsTest {

    @BothDatabases
    void nobodyIsOfferedWhileNoColleagueShares(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        assertThat(f.paths().find(f.ann.id(), f.annZed)).isEmpty();
        f.share(f.ann, true);
        assertThat(f.paths().find(f.ann.id(), f.annZed)).as("sharing my own graph shows me nothing").isEmpty();
    }

    @BothDatabases
    void aSharingColleagueWhoKnowsTheTargetIsOfferedWithNameOrganizationTitleAndCloseness(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        f.share(f.alice, true);
        List<ColleaguePath> paths = f.paths().find(f.ann.id(), f.annZed);
        assertThat(paths).containsExactly(new ColleaguePath(f.aliceUser, "alice", "Zed Zimmer", "Zeta", "CTO",
                Closeness.CLOSE, MatchedBy.EMAIL, f.annAlice, 0));
        assertThat(paths.get(0).sentence()).isEqualTo("ask alice, your colleague, who knows Zed Zimmer closely");
    }

    @BothDatabases
    void turningSharingOffRemovesTheColleagueAtOnceInEveryProcess(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        try (Database other = Database.open(db.spec())) {
            ColleaguePaths elsewhere = new ColleaguePaths(other, f.clock);
            f.share(f.alice, true);
            assertThat(elsewhere.find(f.ann.id(), f.annZed)).extracting(ColleaguePath::colleague).containsExactly("alice");
            f.share(f.alice, false);
            assertThat(f.paths().find(f.ann.id(), f.annZed)).isEmpty();
            assertThat(elsewhere.find(f.ann.id(), f.annZed)).isEmpty();
            assertThat(new TeamSharing(other).isShared(f.alice.id())).isFalse();
        }
    }

    @BothDatabases
    void aDisabledColleagueIsNotOffered(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        f.shareAll();
        f.disable(f.aliceUser, true);
        assertThat(f.paths().find(f.ann.id(), f.annZed)).extracting(ColleaguePath::colleague)
                .doesNotContain("alice").isNotEmpty();
        f.disable(f.aliceUser, false);
        assertThat(f.paths().find(f.ann.id(), f.annZed)).extracting(ColleaguePath::colleague).contains("alice");
    }

    @BothDatabases
    void theAskersOwnBookIsNeverAColleague(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        f.shareAll();
        assertThat(f.paths().find(f.ann.id(), f.annZed)).extracting(ColleaguePath::colleagueUserId)
                .doesNotContain(f.annUser).hasSize(3);
    }

    @BothDatabases
    void peopleAreMatchedByEmailLinkedInAddressOrNameWithOrganization(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        f.shareAll();
        List<ColleaguePath> paths = f.paths().find(f.ann.id(), f.annZed);
        assertThat(paths).extracting(ColleaguePath::colleague).containsExactly("alice", "dora", "bob");
        assertThat(paths).extracting(ColleaguePath::matchedBy).containsExactly(MatchedBy.EMAIL,
                MatchedBy.NAME_AND_ORGANIZATION, MatchedBy.LINKEDIN);
        assertThat(paths.get(1).title()).isEqualTo("Chief Technology Officer");
        assertThat(paths.get(2).person()).isEqualTo("Zed Z.");
        ColleaguePaths search = f.paths();
        assertThat(search.find(f.ann.id(), ColleagueTarget.of("Someone Else", null, " " + TeamFixture.ZED_EMAIL + " ")))
                .extracting(ColleaguePath::colleague).containsExactly("alice");
        assertThat(search.find(f.ann.id(), new ColleagueTarget("Z", null, List.of(),
                "https://linkedin.com/in/ZEDZIMMER"))).extracting(ColleaguePath::colleague).containsExactly("bob");
        assertThat(search.find(f.ann.id(), ColleagueTarget.of("ZED zimmer", " zeta ", null)))
                .extracting(ColleaguePath::colleague).containsExactly("alice", "dora");
        assertThat(search.find(f.ann.id(), ColleagueTarget.of("Zed Zimmer", null, null)))
                .as("a name alone matches nobody").isEmpty();
        assertThat(search.find(f.ann.id(), ColleagueTarget.of("Zed Zimmer", "Globex", null))).isEmpty();
    }

    @BothDatabases
    void colleaguesRankByClosenessThenByMyOwnTieToThem(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        f.shareAll();
        List<ColleaguePath> paths = f.paths().find(f.ann.id(), f.annZed);
        assertThat(paths).extracting(ColleaguePath::closeness).containsExactly(Closeness.CLOSE, Closeness.SOME,
                Closeness.SOME);
        assertThat(paths.get(1).yourTie()).isGreaterThan(paths.get(2).yourTie()).isGreaterThan(0);
        assertThat(paths.get(1).yourContactId()).isEqualTo(f.annDora);
    }

    @BothDatabases
    void archivedAndDoNotContactPeopleOfAColleagueAreNotOffered(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        f.share(f.alice, true);
        f.alice.contacts().archive(f.aliceZed, true);
        assertThat(f.paths().find(f.ann.id(), f.annZed)).isEmpty();
        f.alice.contacts().archive(f.aliceZed, false);
        f.alice.contacts().edit(f.aliceZed, ContactPatch.builder().doNotContact(true).build());
        assertThat(f.paths().find(f.ann.id(), f.annZed)).isEmpty();
    }

    @BothDatabases
    void nothingPrivateOfAColleaguesBookIsInTheResults(TestDatabase db) throws Exception {
        TeamFixture f = new TeamFixture(db);
        f.shareAll();
        List<ColleaguePath> paths = f.paths().find(f.ann.id(), f.annZed);
        assertThat(paths).isNotEmpty();
        String json = new ObjectMapper().writeValueAsString(paths);
        assertThat(json).doesNotContain(TeamFixture.MARKER).doesNotContain(TeamFixture.PHONE).doesNotContain("@")
                .doesNotContain("zimmer@").doesNotContain("linkedin");
    }

    @BothDatabases
    void anUnknownContactIsNotFound(TestDatabase db) {
        TeamFixture f = new TeamFixture(db);
        assertThatThrownBy(() -> f.paths().find(f.ann.id(), f.aliceZed)).isInstanceOf(NotFoundException.class)
                .hasMessage("no contact with id " + f.aliceZed);
        assertThatThrownBy(() -> ColleagueTarget.of(" ", "Zeta", null)).isInstanceOf(ValidationException.class);
    }
}
