package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.KithClock;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network picture's places: me at the centre, closest nearest, never two people on one spot, no chance. */
class NetworkLayoutTest {

    private static ContactSummary person(long id, String name, String org, Circle circle) {
        return new ContactSummary(id, name, List.of(), org, null, List.of(), List.of(), circle, circle.defaultCadenceDays(),
                null, false, false);
    }

    private static List<ContactSummary> people(int n) {
        List<ContactSummary> out = new ArrayList<>();
        Circle[] circles = Circle.values();
        for (int i = 0; i < n; i++) {
            // closest first, as NetworkGraph orders them: by circle
            Circle c = circles[Math.min(circles.length - 1, i * circles.length / n)];
            out.add(person(i + 1, "Person " + i, i % 5 == 0 ? null : "Org " + (i % 7), c));
        }
        return out;
    }

    @Test
    void theClosestSitNearestAndEachCircleOnRingsOfItsOwn() {
        List<ContactSummary> all = people(800);
        Map<Long, NetworkLayout.Place> places = NetworkLayout.place(all);
        assertThat(places).hasSize(800);
        double previous = 0;
        Circle previousCircle = all.getFirst().circle();
        double lastOfCircle = 0;
        for (ContactSummary s : all) {
            double r = radius(places.get(s.id()));
            assertThat(r).as("person %d no nearer than the one before", s.id()).isGreaterThanOrEqualTo(previous - 0.5);
            if (s.circle() != previousCircle) {
                assertThat(r - lastOfCircle).as("a new circle starts a wider ring").isGreaterThanOrEqualTo(NetworkLayout.GAP);
                previousCircle = s.circle();
            }
            lastOfCircle = r;
            previous = r;
        }
        assertThat(radius(places.get(1L))).isEqualTo(NetworkLayout.FIRST, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void noTwoPeopleShareASpot() {
        Map<Long, NetworkLayout.Place> places = NetworkLayout.place(people(600));
        List<NetworkLayout.Place> list = new ArrayList<>(places.values());
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                closest = Math.min(closest, Math.hypot(list.get(i).x() - list.get(j).x(), list.get(i).y() - list.get(j).y()));
            }
        }
        assertThat(closest).isGreaterThan(NetworkLayout.SPACING * 0.9);
    }

    @Test
    void colleaguesSitTogetherAndTheSamePeopleGiveTheSamePlaces() {
        List<ContactSummary> ring = List.of(person(1, "Zed", "Acme", Circle.CLOSE), person(2, "Amy", "Beta", Circle.CLOSE),
                person(3, "Bob", "Acme", Circle.CLOSE), person(4, "Cat", null, Circle.CLOSE),
                person(5, "Dan", "Acme", Circle.CLOSE));
        Map<Long, NetworkLayout.Place> places = NetworkLayout.place(ring);
        // around the ring from the top: Acme (the most common) by name, then Beta, then no organization
        List<Long> around = places.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(e -> angleFromTop(e.getValue())))
                .map(Map.Entry::getKey).toList();
        assertThat(around).containsExactly(3L, 5L, 1L, 2L, 4L);
        List<ContactSummary> shuffled = new ArrayList<>(ring);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(java.util.Comparator.comparing(ContactSummary::circle));
        assertThat(NetworkLayout.place(shuffled)).isEqualTo(places);
    }

    @BothDatabases
    void theApiPutsMeAtTheCentreWithMyTiesAndNamesTheClosest(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 15)));
        long me = book.contacts().add(ContactDraft.builder("Sam Rivera").build()).id();
        book.setMe(me);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ids.add(book.contacts().add(ContactDraft.builder(String.format("Person %02d", i))
                    .circle(i < 2 ? Circle.INNER : Circle.NETWORK).build()).id());
        }
        book.ties().add(me, ids.get(3), TieKind.KNOWS, null, TieSource.MANUAL);
        book.ties().add(ids.get(1), ids.get(2), TieKind.COLLEAGUE, null, TieSource.MANUAL);

        NetworkGraph graph = NetworkGraph.of(book, 300);
        assertThat(graph.me()).isEqualTo(new NetworkGraph.Me(me, "Sam Rivera"));
        assertThat(graph.total()).isEqualTo(15);
        assertThat(graph.nodes()).extracting(NetworkGraph.Node::name).startsWith("Person 00", "Person 01")
                .doesNotContain("Sam Rivera");
        assertThat(graph.nodes()).filteredOn(NetworkGraph.Node::named).hasSize(NetworkGraph.NAMED)
                .extracting(NetworkGraph.Node::name).contains("Person 00", "Person 01");
        assertThat(graph.edges()).extracting(e -> e.source() + "-" + e.target())
                .containsExactlyInAnyOrder(me + "-" + ids.get(3), ids.get(1) + "-" + ids.get(2));
        NetworkGraph.Node inner = graph.nodes().getFirst();
        NetworkGraph.Node outer = graph.nodes().getLast();
        assertThat(Math.hypot(inner.x(), inner.y())).isLessThan(Math.hypot(outer.x(), outer.y()));
        assertThat(NetworkGraph.of(book, 300)).isEqualTo(graph);
        assertThat(NetworkGraph.of(book, 5).nodes()).hasSize(5);
    }

    private static double radius(NetworkLayout.Place p) {
        return Math.hypot(p.x(), p.y());
    }

    private static double angleFromTop(NetworkLayout.Place p) {
        double a = Math.atan2(p.y(), p.x()) + Math.PI / 2;
        return a < -1e-9 ? a + 2 * Math.PI : a;
    }
}
