package dev.kith.io.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.Fixtures;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;

/** The feed, read back by ical4j (an independent parser) and checked line by line against RFC 5545. */
class CalendarFeedTest {
    private static final String LONG_NOTE = "Talk about the email migration, the budget; the \"new\" catalogue\n"
            + "and Ñandú café plans — ".repeat(4);

    private static CalendarFeed feed(Kith book) {
        return new CalendarFeed(book.book(), book.contacts(), book.events(), book.interactions(), book.tasks());
    }

    private static Kith planned(TestDatabase db) {
        Kith book = Fixtures.book(db);
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        long bo = book.contacts().add(ContactDraft.builder("Bo, the \"Chen\"").build()).id();
        book.interactions().log(Interaction.draft(Fixtures.TODAY.minusDays(3), InteractionKind.CALL, Initiator.ME, null,
                "in the past", Exchange.NEUTRAL, false, List.of(ana)));
        book.interactions().log(Interaction.draft(Fixtures.TODAY.plusDays(7), InteractionKind.LUNCH, Initiator.ME, null,
                LONG_NOTE, Exchange.NEUTRAL, false, List.of(ana, bo)));
        book.tasks().add(bo, "send article", Fixtures.TODAY.plusDays(2), "on; commas, and \\ backslashes");
        return book;
    }

    @BothDatabases
    void plannedLunchesAreEventsAndOpenTasksAreTodos(TestDatabase db) throws Exception {
        Kith book = planned(db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed(book).write(out);
        String text = out.toString(StandardCharsets.UTF_8);

        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent lunch = events.getFirst();
        assertThat(value(lunch, Property.SUMMARY)).isEqualTo("Lunch with Ana Lima, Bo, the \"Chen\"");
        assertThat(value(lunch, Property.DESCRIPTION)).isEqualTo(LONG_NOTE.strip());
        assertThat(value(lunch, Property.DTSTART)).isEqualTo("20261201");
        assertThat(value(lunch, Property.DTEND)).isEqualTo("20261202");
        assertThat(value(lunch, Property.DTSTAMP)).isEqualTo("20261124T000000Z");
        assertThat(value(lunch, Property.UID)).endsWith("@kith");
        List<VToDo> todos = cal.getComponents(Component.VTODO);
        assertThat(todos).hasSize(1);
        assertThat(value(todos.getFirst(), Property.SUMMARY)).isEqualTo("Send article: Bo, the \"Chen\"");
        assertThat(value(todos.getFirst(), Property.DESCRIPTION)).isEqualTo("on; commas, and \\ backslashes");
        assertThat(value(todos.getFirst(), Property.DUE)).isEqualTo("20261126");

        assertThat(text).contains("DTSTART;VALUE=DATE:20261201\r\n");
        assertThat(text).contains("on\\; commas\\, and \\\\ backslashes");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n", "\r");
        }
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @BothDatabases
    void uidsAreStableAcrossExports(TestDatabase db) {
        Kith book = planned(db);
        assertThat(feed(book).text()).isEqualTo(feed(book).text());
        Kith later = Fixtures.book(db, LocalDate.of(2026, 11, 25));
        assertThat(uids(feed(later).text())).isEqualTo(uids(feed(book).text()));
    }

    @BothDatabases
    void eventsNotYetOverAreAllDayEventsOverTheirDays(TestDatabase db) throws Exception {
        Kith book = Fixtures.book(db);
        book.events().add(new dev.kith.events.NewEvent("LibCon 2025", LocalDate.of(2025, 11, 3), null, "LibCon", null, null));
        var summit = book.events().add(new dev.kith.events.NewEvent("CIO Summit 2026", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 25), "CIO Summit", "Boston, MA", null));
        book.events().attendMe(summit.id(), dev.kith.events.AttendanceRole.SPEAKER);
        Calendar cal = new CalendarBuilder().build(new StringReader(feed(book).text()));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).as("the past edition is left out").hasSize(1);
        VEvent e = events.getFirst();
        assertThat(value(e, Property.SUMMARY)).isEqualTo("CIO Summit 2026");
        assertThat(value(e, Property.LOCATION)).isEqualTo("Boston, MA");
        assertThat(value(e, Property.DESCRIPTION)).isEqualTo("Series: CIO Summit; I attend as speaker");
        assertThat(value(e, Property.DTSTART)).isEqualTo("20261123");
        assertThat(value(e, Property.DTEND)).isEqualTo("20261126");
        assertThat(value(e, Property.CATEGORIES)).isEqualTo("event");
    }

    private static List<String> uids(String text) {
        return text.lines().filter(l -> l.startsWith("UID:")).toList();
    }

    private static String value(Component c, String name) {
        return c.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }
}
