package dev.kith.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kith.network.graph.CompactGraph;
import dev.kith.network.graph.GraphView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The book graph's edges as its sources give them: one edge per pair of the strongest weight, and
 * reasons that are put into words only when asked for, reading as if written at once.
 */
class BookGraphTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** Contacts 10, 20, 30, 40 (nodes 1..4); me is contact 5. */
    private static People people() {
        List<People.Person> others = new ArrayList<>();
        for (long id = 10; id <= 40; id += 10) {
            others.add(new People.Person(id, "P" + id, null, null, null, true));
        }
        return new People(1, TODAY, 5L, others);
    }

    private static int label(BookGraph g, int a, int b) {
        GraphView view = g.view();
        return view instanceof CompactGraph c ? c.label(a, b) : CompactGraph.copyOf(view).label(a, b);
    }

    private static int weight(BookGraph g, int a, int b) {
        return CompactGraph.copyOf(g.view()).weight(a, b);
    }

    @Test
    void aPairsReasonsReadStrongestFirstInTheOrderGivenWithoutRepeats() {
        AtomicInteger written = new AtomicInteger();
        EdgeSource first = (db, people, sink) -> {
            sink.edge(10, 20, 40, () -> {
                written.incrementAndGet();
                return "colleagues at Acme, 2019–2023";
            });
            sink.edge(20, 10, 60, "tie: P20 knows P10");
            sink.fromMe(30, 150, () -> "your tie: strength 100");
            sink.edge(30, 40, 45, "you met P40 through P30");
        };
        EdgeSource second = (db, people, sink) -> {
            sink.edge(10, 20, 40, () -> "both at Summit"); // same weight as the first: after it
            sink.edge(10, 20, 30, () -> "Acme"); // already said: left out
            sink.edge(10, 10, 90, "a contact to itself is no edge");
            sink.edge(10, 99, 90, "99 is no contact of the book");
            sink.edge(40, 30, 45, "you met P40 through P30"); // the same words twice: once
        };
        BookGraph g = BookGraph.build(null, people(), List.of(first, second));

        assertEquals(0, written.get(), "no reason is written while the graph is built");
        assertEquals(60, weight(g, 1, 2));
        assertEquals(100, weight(g, People.ME, 3), "weights are clamped to 0..100");
        assertEquals(-1, weight(g, 1, 1));
        assertEquals("tie: P20 knows P10; colleagues at Acme, 2019–2023; both at Summit", g.reason(label(g, 1, 2)));
        assertEquals("tie: P20 knows P10; colleagues at Acme, 2019–2023; both at Summit", g.reason(label(g, 2, 1)));
        assertEquals("you met P40 through P30", g.reason(label(g, 3, 4)));
        assertEquals("your tie: strength 100", g.reason(label(g, People.ME, 3)));
        g.reason(label(g, 1, 2));
        assertEquals(1, written.get(), "a reason is written once, then kept");
        assertEquals(3, CompactGraph.copyOf(g.view()).edgeCount());
    }

    @Test
    void aTieAddedLaterHasItsOwnReasonBesideTheBuiltOnes() {
        EdgeSource source = (db, people, sink) -> sink.edge(10, 20, 40, () -> "colleagues at Acme, now");
        BookGraph g = BookGraph.build(null, people(), List.of(source));
        g.addTie(new Tie(7, 30, 40, TieKind.FAMILY, null, TieSource.MANUAL));
        CompactGraph c = CompactGraph.copyOf(g.view());
        assertEquals("colleagues at Acme, now", g.reason(c.label(1, 2)));
        assertEquals(TieEdges.FAMILY, c.weight(3, 4));
        assertEquals("tie: P30 and P40 are family", g.reason(c.label(3, 4)));
    }

    @Test
    void peopleAreFoundByContactIdInAnyOrder() {
        People sorted = people();
        assertEquals(People.ME, sorted.node(5));
        assertEquals(1, sorted.node(10));
        assertEquals(4, sorted.node(40));
        assertEquals(-1, sorted.node(15));
        assertEquals(-1, sorted.node(41));
        People unsorted = new People(1, TODAY, null, List.of(new People.Person(30, "c", null, null, null, true),
                new People.Person(10, "a", null, null, null, true)));
        assertEquals(1, unsorted.node(30));
        assertEquals(2, unsorted.node(10));
        assertEquals(-1, unsorted.node(5));
    }
}
