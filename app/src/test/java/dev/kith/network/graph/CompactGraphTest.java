package dev.kith.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactGraphTest {
    static final int ALICE = 0, BOB = 1, CAROL = 2;

    @Test
    void edgesAreUndirectedAndDuplicatesKeepTheStrongest() {
        CompactGraph g = CompactGraph.builder(3).addEdge(ALICE, BOB, 30, 1).addEdge(BOB, ALICE, 70, 1)
                .addEdge(ALICE, BOB, 20, 2).addEdge(BOB, CAROL, 100, 0).build();
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.degree(ALICE)).isEqualTo(2);
        assertThat(g.degree(BOB)).isEqualTo(3);
        assertThat(g.weight(ALICE, BOB)).isEqualTo(70);
        assertThat(g.label(BOB, ALICE)).isEqualTo(1);
        assertThat(g.weight(ALICE, CAROL)).isEqualTo(-1);
        assertThat(g.hasEdge(BOB, ALICE, 2)).isTrue();
        List<List<Integer>> seen = new ArrayList<>();
        g.forEachNeighbor(BOB, (n, w, l) -> seen.add(List.of(n, w, l)));
        assertThat(seen).containsExactly(List.of(ALICE, 70, 1), List.of(ALICE, 20, 2), List.of(CAROL, 100, 0));
    }

    @Test
    void unlabelledGraphsCostTenBytesAnEdge() {
        CompactGraph.Builder b = CompactGraph.builder(1000);
        for (int i = 0; i < 1000; i++) {
            for (int j = 1; j <= 10; j++) {
                b.addEdge(i, (i + j) % 1000, 50, 0);
            }
        }
        CompactGraph g = b.build();
        assertThat(g.edgeCount()).isEqualTo(10_000);
        assertThat((double) g.bytesUsed() / g.edgeCount()).isLessThanOrEqualTo(10.5);
        CompactGraph labelled = CompactGraph.builder(2).addEdge(0, 1, 1, 300).build();
        assertThat(labelled.label(0, 1)).isEqualTo(300);
        CompactGraph wide = CompactGraph.builder(2).addEdge(0, 1, 1, CompactGraph.MAX_LABEL).build();
        assertThat(wide.label(1, 0)).isEqualTo(CompactGraph.MAX_LABEL);
    }

    @Test
    void badEdgesAreRejected() {
        CompactGraph.Builder b = CompactGraph.builder(2);
        assertThatThrownBy(() -> b.addEdge(0, 2, 1, 0)).hasMessageContaining("node must be 0..1: 2");
        assertThatThrownBy(() -> b.addEdge(0, 1, 101, 0)).hasMessageContaining("weight");
        assertThatThrownBy(() -> b.addEdge(0, 1, 1, -1)).hasMessageContaining("label");
    }
}
