package dev.kith.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class PathSearchTest {
    static final int ME = 0, ALICE = 1, BOB = 2, CAROL = 3, DAN = 4, ERIN = 5, FRANK = 6, GRACE = 7, HEIDI = 8;
    static final IntPredicate ANYONE = node -> true;

    /** ME—ALICE—BOB—CAROL—DAN in a line, ERIN alone. */
    private static CompactGraph line() {
        return CompactGraph.builder(6).addEdge(ME, ALICE, 50, 0).addEdge(ALICE, BOB, 50, 0)
                .addEdge(BOB, CAROL, 50, 0).addEdge(CAROL, DAN, 50, 0).build();
    }

    @Test
    void shortestPathFollowsTheFewestHops() {
        CompactGraph g = CompactGraph.builder(5).addEdge(ME, ALICE, 10, 0).addEdge(ALICE, BOB, 10, 0)
                .addEdge(BOB, CAROL, 10, 0).addEdge(ME, DAN, 10, 0).addEdge(DAN, CAROL, 10, 0).build();
        assertThat(PathSearch.shortestPath(g, ME, CAROL, 4)).containsExactly(ME, DAN, CAROL);
        assertThat(PathSearch.shortestPath(g, CAROL, ME, 4)).containsExactly(CAROL, DAN, ME);
        assertThat(PathSearch.shortestPath(g, ME, ME, 4)).containsExactly(ME);
    }

    @Test
    void noPathBetweenDisconnectedContacts() {
        assertThat(PathSearch.shortestPath(line(), ME, ERIN, 10)).isNull();
        assertThat(PathSearch.bestPaths(line(), ME, n -> n == ERIN, ANYONE, 3, 10)).isEmpty();
    }

    @Test
    void maxHopsCutsTheSearchOff() {
        assertThat(PathSearch.shortestPath(line(), ME, DAN, 4)).containsExactly(ME, ALICE, BOB, CAROL, DAN);
        assertThat(PathSearch.shortestPath(line(), ME, DAN, 3)).isNull();
        assertThat(PathSearch.bestPaths(line(), ME, n -> n == DAN, ANYONE, 1, 3)).isEmpty();
        assertThat(PathSearch.bestPaths(line(), ME, n -> n == DAN, ANYONE, 1, 4)).hasSize(1);
    }

    @Test
    void weakestTieRanksFirstThenLength() {
        // ME—ALICE—DAN weakest 20; ME—BOB—CAROL—DAN weakest 60; ME—FRANK—GRACE—HEIDI—DAN weakest 60 but longer.
        CompactGraph g = CompactGraph.builder(9)
                .addEdge(ME, ALICE, 90, 0).addEdge(ALICE, DAN, 20, 0)
                .addEdge(ME, BOB, 60, 0).addEdge(BOB, CAROL, 80, 0).addEdge(CAROL, DAN, 70, 0)
                .addEdge(ME, FRANK, 90, 0).addEdge(FRANK, GRACE, 60, 0).addEdge(GRACE, HEIDI, 90, 0)
                .addEdge(HEIDI, DAN, 90, 0).build();
        List<PathSearch.Path> paths = PathSearch.bestPaths(g, ME, n -> n == DAN, ANYONE, 3, 4);
        assertThat(paths).extracting(PathSearch.Path::weakest).containsExactly(60, 60, 20);
        assertThat(paths.get(0).nodes()).containsExactly(ME, BOB, CAROL, DAN);
        assertThat(paths.get(1).nodes()).containsExactly(ME, FRANK, GRACE, HEIDI, DAN);
        assertThat(paths.get(2).nodes()).containsExactly(ME, ALICE, DAN);
        assertThat(paths.get(2).hops()).isEqualTo(2);
    }

    @Test
    void kBestPathsAreDistinctAndReachAnyTarget() {
        // Targets CAROL and DAN (say, both at Acme); ERIN is a hop to both.
        CompactGraph g = CompactGraph.builder(6)
                .addEdge(ME, ALICE, 80, 0).addEdge(ALICE, CAROL, 70, 0)
                .addEdge(ME, BOB, 40, 0).addEdge(BOB, DAN, 90, 0)
                .addEdge(ME, ERIN, 30, 0).addEdge(ERIN, CAROL, 30, 0).addEdge(ERIN, DAN, 30, 0)
                .addEdge(ALICE, CAROL, 10, 1).build(); // a weaker parallel edge counts once
        IntPredicate acme = n -> n == CAROL || n == DAN;
        List<PathSearch.Path> paths = PathSearch.bestPaths(g, ME, acme, ANYONE, 10, 4);
        assertThat(paths).extracting(p -> List.of(p.nodes()[1], p.nodes()[p.hops()], p.weakest()))
                .containsExactly(List.of(ALICE, CAROL, 70), List.of(BOB, DAN, 40), List.of(ERIN, CAROL, 30),
                        List.of(ERIN, DAN, 30));
        assertThat(paths).extracting(p -> List.of(p.nodes()[0])).allMatch(first -> first.equals(List.of(ME)));
        assertThat(PathSearch.bestPaths(g, ME, acme, ANYONE, 2, 4)).hasSize(2);
    }

    @Test
    void pathsEndAtTheFirstTargetTheyReach() {
        CompactGraph g = CompactGraph.builder(4).addEdge(ME, ALICE, 50, 0).addEdge(ALICE, BOB, 90, 0).build();
        List<PathSearch.Path> paths = PathSearch.bestPaths(g, ME, n -> n == ALICE || n == BOB, ANYONE, 5, 4);
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).nodes()).containsExactly(ME, ALICE);
        assertThat(PathSearch.bestPaths(g, ME, n -> n == ME, ANYONE, 5, 4)).isEmpty();
    }

    @Test
    void doNotContactPeopleAreNeverUsedAsAHop() {
        // The strong way runs through BOB, who asked not to be contacted; CAROL is the weaker way round.
        CompactGraph g = CompactGraph.builder(5).addEdge(ME, BOB, 95, 0).addEdge(BOB, DAN, 95, 0)
                .addEdge(ME, CAROL, 30, 0).addEdge(CAROL, DAN, 30, 0).addEdge(ME, ALICE, 99, 0).build();
        Set<Integer> doNotContact = Set.of(BOB, ALICE);
        IntPredicate usable = n -> !doNotContact.contains(n);
        List<PathSearch.Path> paths = PathSearch.bestPaths(g, ME, n -> n == DAN, usable, 5, 4);
        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).nodes()).containsExactly(ME, CAROL, DAN);
        // A target need not be a usable hop itself.
        assertThat(PathSearch.bestPaths(g, ME, n -> n == ALICE, usable, 5, 4)).extracting(PathSearch.Path::weakest)
                .containsExactly(99);
    }

    @Test
    void bestPathsWorkOnALiveGraphWithChanges() {
        LiveGraph live = new LiveGraph(line());
        live.addEdge(ME, DAN, 5, 2);
        List<PathSearch.Path> paths = PathSearch.bestPaths(live.snapshot(), ME, n -> n == DAN, ANYONE, 2, 4);
        assertThat(paths).extracting(PathSearch.Path::weakest).containsExactly(50, 5);
        assertThat(PathSearch.shortestPath(live.snapshot(), ME, DAN, 4)).containsExactly(ME, DAN);
    }

    @Test
    void nodesOutsideTheGraphAreRejected() {
        assertThatThrownBy(() -> PathSearch.shortestPath(line(), ME, 99, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    }
}
