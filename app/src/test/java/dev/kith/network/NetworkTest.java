package dev.kith.network;

import static dev.kith.network.NetworkFixture.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/** The book graph's edges and the paths through it, on tiny named networks (see {@link NetworkFixture}). */
class NetworkTest {

    @BothDatabases
    void colleaguesAreThoseWhoseDatesOverlapAtTheSameOrganization(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        assertThat(f.edge(f.alice, f.bob)).isEqualTo("colleagues at Acme, 2020–2023");
        assertThat(f.weight(f.alice, f.bob)).isEqualTo(ColleagueEdges.BASE + 3 * ColleagueEdges.PER_YEAR
                + ColleagueEdges.LATELY);
        assertThat(f.edge(f.alice, f.carol)).as("Alice left Acme before Carol came").isNull();
        assertThat(f.edge(f.bob, f.carol)).as("Bob left a month before Carol came").isNull();
    }

    @BothDatabases
    void currentColleaguesWeighMoreThanFormerOnes(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        long fay = f.person("Fay Fox");
        f.job(fay, "Acme", null, "2022-01-01", null);
        assertThat(f.edge(fay, f.carol)).isEqualTo("colleagues at Acme, 2024–now");
        assertThat(f.weight(fay, f.carol)).isEqualTo(ColleagueEdges.BASE + 2 * ColleagueEdges.PER_YEAR
                + ColleagueEdges.NOW);
        assertThat(f.weight(fay, f.carol)).isGreaterThan(f.weight(f.alice, f.bob));
    }

    @BothDatabases
    void explicitTiesAndMetThroughAreEdgesWithTheirReason(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        assertThat(f.edge(f.dave, f.carol)).isEqualTo("tie: Dave Dunn knows Carol Cruz since 2021");
        assertThat(f.weight(f.dave, f.carol)).isEqualTo(TieEdges.KNOWS);
        assertThat(f.edge(f.bob, f.erin)).isEqualTo("you met Erin Eng through Bob Baker");
        assertThat(f.edge(f.dave, f.erin)).isNull();
    }

    @BothDatabases
    void pathsAreRankedByTheirWeakestTieThenLength(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Target carol = f.network().resolve("Carol");
        PathReport report = f.network().paths(carol, 3, 4);
        assertThat(report.paths()).hasSize(2);
        IntroPath best = report.paths().get(0);
        assertThat(names(best)).containsExactly("Dave Dunn", "Carol Cruz");
        assertThat(best.first().from()).isEqualTo("me");
        assertThat(best.first().reason()).startsWith("your tie: strength ");
        assertThat(best.hops().get(1).reason()).isEqualTo("tie: Dave Dunn knows Carol Cruz since 2021");
        assertThat(best.strength()).isEqualTo(TieEdges.KNOWS);
        IntroPath direct = report.paths().get(1);
        assertThat(names(direct)).containsExactly("Carol Cruz");
        assertThat(direct.strength()).isLessThan(best.strength());
        assertThat(f.network().paths(carol, 1, 4).paths()).hasSize(1);
        assertThat(f.network().paths(carol, 3, 1).paths()).extracting(NetworkFixture::names)
                .containsExactly(List.of("Carol Cruz"));
    }

    @BothDatabases
    void doNotContactPeopleAreNeverAHop(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        f.doNotContact(f.dave);
        PathReport report = f.network().paths(f.network().resolve("Carol"), 5, 4);
        assertThat(report.paths()).isNotEmpty().allSatisfy(p -> assertThat(p.people()).doesNotContain(f.dave));
        f.doNotContact(f.alice);
        PathReport beta = f.network().paths(f.network().targets().addOrganization("Beta", null), 5, 4);
        assertThat(beta.paths()).isEmpty();
    }

    @BothDatabases
    void organizationIndustryAndRoleTargetsAreReachedThroughAnyoneMatching(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Targets targets = f.network().targets();
        List<IntroPath> acme = f.network().paths(targets.addOrganization("ACME", null), 5, 4).paths();
        assertThat(acme).extracting(p -> p.hops().get(p.hops().size() - 1).to()).containsOnly("Carol Cruz");
        assertThat(acme.get(0).people()).containsExactly(f.dave, f.carol);
        List<IntroPath> fintech = f.network().paths(targets.addIndustry("Fintech", null), 5, 4).paths();
        assertThat(fintech).extracting(NetworkFixture::names).containsExactly(List.of("Alice Archer"),
                List.of("Bob Baker", "Alice Archer"), List.of("Erin Eng", "Bob Baker", "Alice Archer"));
        assertThat(fintech.get(1).hops().get(1).reason()).isEqualTo("colleagues at Acme, 2020–2023");
        List<IntroPath> role = f.network().paths(targets.addRole("head of data", null, null), 1, 4).paths();
        assertThat(role).extracting(NetworkFixture::names).containsExactly(List.of("Alice Archer"));
        List<IntroPath> atAcme = f.network().paths(targets.addRole("head of data", "Acme", null), 5, 4).paths();
        assertThat(atAcme).as("nobody holds the role there: whoever works at Acme now can point you to it").isNotEmpty()
                .allSatisfy(p -> assertThat(p.hops().get(p.hops().size() - 1).reason())
                        .isEqualTo("Carol Cruz works at Acme and can point you to its head of data"));
    }

    @BothDatabases
    void aPersonOutsideTheBookIsReachedThroughTheirOrganization(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Target zoe = f.network().targets().addPerson("Zoe Quinn", "Beta", "she built Beta's risk models");
        assertThat(zoe.contactId()).isNull();
        assertThat(f.network().resolve("zoe quinn")).isEqualTo(zoe);
        PathReport report = f.network().paths(zoe, 3, 4);
        assertThat(report.paths()).hasSize(3).first().satisfies(p -> {
            assertThat(names(p)).containsExactly("Alice Archer", "Zoe Quinn");
            assertThat(p.hops().get(1).reason()).isEqualTo("Alice Archer works at Beta, where Zoe Quinn works");
            assertThat(p.hops().get(1).toId()).isNull();
        });
        assertThat(f.network().paths(zoe, 3, 1).paths()).as("the last hop counts").isEmpty();
    }

    @BothDatabases
    void noPathSuggestsWhoCouldKnowTheTarget(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        f.book.contacts().setIndustry("Globex", "fintech");
        Target yan = f.network().targets().addPerson("Yan Yu", "Globex", null);
        PathReport report = f.network().paths(yan, 3, 4);
        assertThat(report.paths()).isEmpty();
        assertThat(report.suggestions()).extracting(PathReport.Suggestion::name, PathReport.Suggestion::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob Baker", "worked at Globex until 2019"),
                        org.assertj.core.groups.Tuple.tuple("Alice Archer", "works in fintech at Beta"));
        assertThat(report.message()).startsWith("No path to Yan Yu (Globex) in your network. People who could know"
                + " them: Bob Baker (worked at Globex until 2019); Alice Archer (works in fintech at Beta).");
        Target nobody = f.network().targets().addIndustry("aerospace", null);
        assertThat(f.network().paths(nobody, 3, 4).message()).contains("ask someone who might know",
                "kith ask NAME --for \"aerospace\"");
    }

    @BothDatabases
    void aTieAddedInThisProcessIsInTheCachedGraphOnceCommitted(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        BookGraph before = f.network().graph();
        int erin = before.people().node(f.erin);
        int carol = before.people().node(f.carol);
        assertThatThrownBy(() -> f.book.atomically(() -> {
            f.book.ties().add(f.erin, f.carol, TieKind.FAMILY, null, null);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(BookGraph.edge(before, before.view(), erin, carol)).isNull();
        f.book.ties().add(f.erin, f.carol, TieKind.FAMILY, null, null);
        assertThat(BookGraph.edge(before, before.view(), erin, carol))
                .isEqualTo(new BookGraph.Edge(TieEdges.FAMILY, "tie: Erin Eng and Carol Cruz are family"));
        assertThat(f.edge(f.erin, f.carol)).isEqualTo("tie: Erin Eng and Carol Cruz are family");
    }

    @BothDatabases
    void readersAtTheSameTimeShareOneBuildOfTheGraph(TestDatabase db) throws Exception {
        NetworkFixture f = new NetworkFixture(db);
        for (int i = 0; i < 300; i++) {
            f.job(f.person("Person " + i), "Org " + i % 7, null, "2020-01-01", null);
        }
        java.util.Set<BookGraph> graphs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        graphs.addAll(dev.kith.core.Together.call(6, r -> () -> f.network().graph()));
        assertThat(graphs).as("one build, shared by every reader").hasSize(1);
        assertThat(f.network().graph()).isSameAs(graphs.iterator().next());
    }

    /** A source that counts its loads. */
    private static EdgeSource counted(EdgeSource source, java.util.concurrent.atomic.AtomicInteger loads) {
        return new EdgeSource() {
            @Override
            public void load(dev.kith.store.Database db, People people, EdgeSink sink) {
                loads.incrementAndGet();
                source.load(db, people, sink);
            }

            @Override
            public java.util.Collection<String> reads() {
                return source.reads();
            }
        };
    }

    /** Every edge of a graph as "a-b weight: reasons", in node order. */
    private static List<String> edges(BookGraph g) {
        List<String> out = new java.util.ArrayList<>();
        for (int a = 0; a < g.people().size(); a++) {
            for (int b = a + 1; b < g.people().size(); b++) {
                BookGraph.Edge e = BookGraph.edge(g, g.view(), a, b);
                if (e != null) {
                    out.add(a + "-" + b + " " + e.weight() + ": " + e.reason());
                }
            }
        }
        return out;
    }

    @BothDatabases
    void aLoggedInteractionRebuildsOnlyTheEdgesOfSourcesThatReadInteractions(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        java.util.concurrent.atomic.AtomicInteger colleagues = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mine = new java.util.concurrent.atomic.AtomicInteger();
        List<EdgeSource> sources = List.of(counted(new MyTieEdges(), mine), new TieEdges(),
                counted(new ColleagueEdges(), colleagues), new MetThroughEdges());
        Network network = new Network(f.book.database(), f.book.id(), f.book.clock(), f.book.contacts(), f.book.ties(),
                sources);
        BookGraph first = network.graph();
        assertThat(colleagues).hasValue(1);

        f.meet(f.erin, 2);
        BookGraph second = network.graph();
        assertThat(second).isNotSameAs(first);
        assertThat(mine).as("my ties read interactions").hasValue(2);
        assertThat(colleagues).as("colleagues read no interactions: their edges are kept").hasValue(1);
        Network fresh = new Network(f.book.database(), f.book.id(), f.book.clock(), f.book.contacts(), f.book.ties(),
                sources);
        assertThat(edges(second)).as("the same graph as one built from scratch").isEqualTo(edges(fresh.graph()))
                .isNotEqualTo(edges(first));

        f.job(f.erin, "Acme", null, "2024-03-01", null);
        int before = colleagues.get();
        List<String> afterJob = edges(network.graph());
        assertThat(colleagues).as("a new job: new people, every source loads again").hasValue(before + 1);
        assertThat(afterJob).isEqualTo(edges(fresh.graph()));
    }

    @BothDatabases
    void badTargetsAndLimitsAreClearErrors(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        assertThatThrownBy(() -> f.network().resolve("Nobody Known")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no target or contact named 'Nobody Known'");
        Target carol = f.network().resolve("Carol");
        assertThatThrownBy(() -> f.network().paths(carol, 0, 4)).isInstanceOf(ValidationException.class)
                .hasMessage("k: must be between 1 and 20, not 0");
        assertThatThrownBy(() -> f.network().paths(carol, 3, 9)).isInstanceOf(ValidationException.class)
                .hasMessage("max-hops: must be between 1 and 6, not 9");
        assertThatThrownBy(() -> f.network().targets().addPerson("Zed", " ", null))
                .isInstanceOf(ValidationException.class).hasMessage("org: must not be blank");
        f.network().targets().addOrganization("Acme", null);
        assertThatThrownBy(() -> f.network().targets().addOrganization("acme", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("anyone at Acme is already a target");
        assertThat(f.network().targets().list(true)).hasSize(1);
    }

    @BothDatabases
    void anAskStaysOpenUntilTheReferralIsRecorded(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Referrals referrals = f.network().referrals();
        Ask ask = referrals.ask(f.alice, "payments compliance", null);
        assertThat(referrals.open()).containsExactly(ask);
        assertThat(ask.askedOn()).isEqualTo(NetworkFixture.TODAY);
        Referrals.Referral r = referrals.refer(f.alice, "Nina Novak", "Gamma");
        assertThat(r.created()).isTrue();
        assertThat(r.suggested().howMet().throughId()).isEqualTo(f.alice);
        assertThat(r.tie().kind()).isEqualTo(TieKind.REFERRED_BY);
        assertThat(r.closed()).hasValueSatisfying(a -> {
            assertThat(a.suggestedName()).isEqualTo("Nina Novak");
            assertThat(a.answeredOn()).isEqualTo(NetworkFixture.TODAY);
        });
        assertThat(referrals.open()).isEmpty();
        assertThat(f.edge(f.alice, r.suggested().id()))
                .isEqualTo("tie: Nina Novak was referred by Alice Archer since 2026; you met Nina Novak through Alice Archer");
        Referrals.Referral again = referrals.refer(f.dave, "Nina Novak", null);
        assertThat(again.created()).isFalse();
        assertThat(again.closed()).isEmpty();
        assertThatThrownBy(() -> referrals.refer(f.dave, "Dave Dunn", null)).isInstanceOf(ValidationException.class)
                .hasMessage("suggested: a person cannot refer themselves");
    }

    @BothDatabases
    void breadthShowsTheMixAndWhereItIsNarrow(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        for (int i = 0; i < 9; i++) {
            long p = f.person("Fin " + (char) ('A' + i));
            f.job(p, i % 2 == 0 ? "Beta" : "Pay Co", null, "2024-01-01", null);
        }
        f.book.contacts().setIndustry("Pay Co", "FinTech");
        Breadth.Report r = f.network().breadth().report();
        assertThat(r.contacts()).isEqualTo(14);
        assertThat(r.industries().get(0)).isEqualTo(new Breadth.Share("fintech", 10, 100.0));
        assertThat(r.organizations().get(0)).isEqualTo(new Breadth.Share("Beta", 6, 54.5));
        assertThat(r.unknownIndustry()).isEqualTo(4);
        assertThat(r.organizations()).extracting(Breadth.Share::name).containsExactly("Beta", "Pay Co", "Acme");
        assertThat(r.circles()).extracting(Breadth.Share::name).containsExactly("inner", "close", "network",
                "acquaintance");
        assertThat(r.narrow()).anySatisfy(n -> assertThat(n).contains("broaden your network outside your industry"))
                .anySatisfy(n -> assertThat(n).contains("only 3 organizations"))
                .anySatisfy(n -> assertThat(n).contains("no one is in your inner or close circle"));
    }

    @BothDatabases
    void targetsArchiveAndAskedStatusIsDated(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Targets targets = f.network().targets();
        Target t = targets.addContact(f.carol, "met her talk");
        assertThat(t.label()).isEqualTo("Carol Cruz (Acme)");
        assertThat(f.network().resolve("Carol")).as("a contact's own target, with its note").isEqualTo(t);
        assertThat(targets.setStatus(t.id(), TargetStatus.ASKED).askedOn()).isEqualTo(NetworkFixture.TODAY);
        targets.setStatus(t.id(), TargetStatus.ARCHIVED);
        assertThat(targets.list(false)).isEmpty();
        assertThat(targets.list(true)).extracting(Target::status).containsExactly(TargetStatus.ARCHIVED);
        assertThat(targets.lookup("Carol Cruz")).isEmpty();
        assertThat(LocalDate.of(2026, 11, 24)).isEqualTo(t.createdOn());
    }

    @BothDatabases
    void coMembersOfASmallGroupAndCoAttendeesAreWeakEdgesWithTheirReason(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        long ala = f.book.groups().add("ALA", dev.kith.groups.GroupKind.ASSOCIATION).id();
        f.book.groups().join(ala, f.alice, null, java.time.LocalDate.of(2024, 3, 1));
        f.book.groups().join(ala, f.erin, null, java.time.LocalDate.of(2025, 6, 1));
        assertThat(f.edge(f.alice, f.erin)).isEqualTo("co-members of ALA since 2025");
        assertThat(f.weight(f.alice, f.erin)).isEqualTo(dev.kith.groups.GroupEdges.WEIGHT);

        long summit = f.book.events().add(new dev.kith.events.NewEvent("CIO Summit 2025",
                java.time.LocalDate.of(2025, 5, 1), null, "CIO Summit", null, null)).id();
        f.book.events().attend(summit, List.of(f.carol, f.erin), dev.kith.events.AttendanceRole.ATTENDEE, false, false);
        assertThat(f.edge(f.carol, f.erin)).isEqualTo("both at CIO Summit 2025");
        assertThat(f.weight(f.carol, f.erin)).isEqualTo(dev.kith.events.EventEdges.WEIGHT);
    }
}
