package dev.kith.network.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LiveGraphTest {
    static final int ALICE = 0, BOB = 1, CAROL = 2, DAN = 3;

    @Test
    void addAndRemoveEdgesOverTheBase() {
        LiveGraph live = new LiveGraph(CompactGraph.builder(3).addEdge(ALICE, BOB, 40, 1).build());
        GraphView before = live.snapshot();
        live.addEdge(BOB, CAROL, 60, 2);
        live.addEdge(ALICE, BOB, 90, 1); // re-weighs the base edge
        live.ensureNodes(4);
        live.addEdge(CAROL, DAN, 10, 0);
        assertThat(live.nodeCount()).isEqualTo(4);
        assertThat(PathSearch.shortestPath(live.snapshot(), ALICE, DAN, 4)).containsExactly(ALICE, BOB, CAROL, DAN);
        assertThat(CompactGraph.copyOf(live.snapshot()).weight(ALICE, BOB)).isEqualTo(90);
        assertThat(live.degree(BOB)).isEqualTo(2);
        assertThat(live.removeEdge(ALICE, BOB, 1)).isTrue();
        assertThat(live.removeEdge(ALICE, BOB, 1)).isFalse();
        assertThat(live.removeEdge(BOB, CAROL, 7)).isFalse();
        assertThat(PathSearch.shortestPath(live.snapshot(), ALICE, DAN, 4)).isNull();
        assertThat(live.degree(BOB)).isEqualTo(1);
        // the old snapshot still sees the graph as it was
        assertThat(before.nodeCount()).isEqualTo(3);
        assertThat(PathSearch.shortestPath(before, ALICE, BOB, 1)).containsExactly(ALICE, BOB);
    }

    @Test
    void manyWritesCompactIntoANewBase() {
        LiveGraph live = new LiveGraph();
        for (int i = 0; i < 10_000; i++) {
            live.addEdge(i, i + 1, 50, 0);
        }
        for (int i = 0; i < 10_000; i += 2) {
            live.removeEdge(i, i + 1, 0);
        }
        GraphView view = live.snapshot();
        assertThat(view.nodeCount()).isEqualTo(10_001);
        assertThat(CompactGraph.copyOf(view).edgeCount()).isEqualTo(5_000);
        assertThat(PathSearch.shortestPath(view, 1, 2, 3)).containsExactly(1, 2);
        assertThat(PathSearch.shortestPath(view, 0, 1, 3)).isNull();
    }

    @Test
    void readersSeeConsistentSnapshotsWhileAWriterWorks() throws Exception {
        // The writer keeps a ring ALICE..n-1 whole, moving one chord around; a reader must always find
        // paths and never see a half-applied change (a chord present at one end only).
        int n = 2000;
        CompactGraph.Builder b = CompactGraph.builder(n);
        for (int i = 0; i < n; i++) {
            b.addEdge(i, (i + 1) % n, 50, 0);
        }
        LiveGraph live = new LiveGraph(b.build());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 20_000; i++) {
                    int a = i % n;
                    int c = (a + n / 2) % n;
                    live.addEdge(a, c, 90, 1);
                    live.removeEdge(a, c, 1);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        int queries = 0;
        while (writer.isAlive() || queries < 100) {
            GraphView view = live.snapshot();
            int[] path = PathSearch.shortestPath(view, 0, n / 2, n);
            assertThat(path).isNotNull();
            for (int node = 0; node < 50; node++) {
                int[] count = new int[1];
                view.forEachNeighbor(node, (nb, w, l) -> count[0]++);
                assertThat(count[0]).isEqualTo(view.degree(node));
            }
            int chords = 0;
            for (int node = 0; node < n; node++) {
                chords += view.degree(node) - 2;
            }
            assertThat(chords).isIn(0, 2);
            queries++;
        }
        writer.join();
        assertThat(failure.get()).isNull();
        assertThat(CompactGraph.copyOf(live.snapshot()).edgeCount()).isEqualTo(n);
    }
}
