package dev.kith.io.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.io.text.ICalWriter;
import biweekly.property.Categories;
import biweekly.property.DateDue;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.property.Uid;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.events.Events;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import dev.kith.tasks.Task;
import dev.kith.tasks.Tasks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/**
 * A book's calendar as RFC 5545 iCalendar: each interaction dated after today (a planned lunch,
 * meeting or call) is an all-day VEVENT, each event not yet over an all-day VEVENT over its days, and
 * each open task a VTODO due on its date. UIDs derive from
 * the book name and record id, so calendar apps update rather than duplicate; DTSTAMP is the start of
 * today in UTC. Kith records days, not times, so events are floating all-day dates (no VTIMEZONE is
 * needed) and appear on the same day in every time zone. Thread-safe.
 */
public final class CalendarFeed {
    private static final LocalDate FAR = LocalDate.of(9999, 12, 31);

    private final Book book;
    private final Contacts contacts;
    private final Events events;
    private final Interactions interactions;
    private final Tasks tasks;

    /** The feed of {@code book}, whose contacts, events, interactions and tasks are the ones given. */
    public CalendarFeed(Book book, Contacts contacts, Events events, Interactions interactions, Tasks tasks) {
        this.book = book;
        this.contacts = contacts;
        this.events = events;
        this.interactions = interactions;
        this.tasks = tasks;
    }

    /** Writes the feed to {@code out} as UTF-8 with CRLF line ends and folded lines. */
    public void write(OutputStream out) {
        try {
            out.write(text().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed as text. */
    public String text() {
        LocalDate today = book.clock().today();
        TimeZone zone = TimeZone.getTimeZone(ZoneId.systemDefault());
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Kith//Kith 0.1//EN");
        ical.setName("Kith: " + book.name());
        Date stamp = Date.from(today.atStartOfDay(ZoneOffset.UTC).toInstant());
        List<Interaction> planned = interactions.between(today.plusDays(1), FAR).reversed();
        List<Task> open = tasks.openDueBy(FAR);
        Map<Long, String> names = names(planned, open);
        for (Interaction i : planned) {
            VEvent e = new VEvent();
            e.setUid(new Uid(uid(book, "interaction", i.id())));
            e.setDateTimeStamp(stamp);
            String kind = i.kind().code().replace('-', ' ');
            e.setSummary(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " with "
                    + String.join(", ", i.people().stream().map(names::get).toList()));
            if (i.summary() != null) {
                e.setDescription(i.summary());
            }
            e.setDateStart(new DateStart(date(i.date(), zone), false));
            e.setDateEnd(new DateEnd(date(i.date().plusDays(1), zone), false));
            e.addCategories(new Categories(i.kind().code()));
            ical.addEvent(e);
        }
        for (dev.kith.events.Event ev : events.between(today, FAR)) {
            ical.addEvent(event(book, ev, stamp, zone));
        }
        for (Task t : open) {
            VTodo todo = new VTodo();
            todo.setUid(new Uid(uid(book, "task", t.id())));
            todo.setDateTimeStamp(stamp);
            String kind = t.kind().replace('-', ' '); // a task's kind is a code such as "share-slides": in words
            todo.setSummary(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + names.get(t.contactId()));
            if (t.note() != null) {
                todo.setDescription(t.note());
            }
            todo.setDateDue(new DateDue(date(t.due(), zone), false));
            todo.setStatus(Status.needsAction());
            ical.addTodo(todo);
        }
        java.io.StringWriter unfolded = new java.io.StringWriter();
        try (ICalWriter writer = new ICalWriter(unfolded, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dev.kith.io.Folding.fold(unfolded.toString());
    }

    /** An event (ongoing or to come) as an all-day VEVENT over its days; DTEND is the day after the last. */
    private static VEvent event(Book book, dev.kith.events.Event ev, Date stamp, TimeZone zone) {
        VEvent e = new VEvent();
        e.setUid(new Uid(uid(book, "event", ev.id())));
        e.setDateTimeStamp(stamp);
        e.setSummary(ev.name());
        if (ev.location() != null) {
            e.setLocation(ev.location());
        }
        List<String> about = new java.util.ArrayList<>();
        if (ev.series() != null) {
            about.add("Series: " + ev.series());
        }
        if (ev.group() != null) {
            about.add("Group: " + ev.group());
        }
        if (ev.myRole() != null) {
            about.add("I attend as " + ev.myRole().code());
        }
        if (!about.isEmpty()) {
            e.setDescription(String.join("; ", about));
        }
        e.setDateStart(new DateStart(date(ev.start(), zone), false));
        e.setDateEnd(new DateEnd(date(ev.end().plusDays(1), zone), false));
        e.addCategories(new Categories("event"));
        return e;
    }

    private Map<Long, String> names(List<Interaction> planned, List<Task> tasks) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        planned.forEach(i -> ids.addAll(i.people()));
        tasks.forEach(t -> ids.add(t.contactId()));
        Map<Long, String> names = new HashMap<>();
        for (Contact c : contacts.getAll(List.copyOf(ids))) {
            names.put(c.id(), c.name());
        }
        return names;
    }

    private static String uid(Book book, String kind, long id) {
        return UUID.nameUUIDFromBytes(("kith:" + book.name() + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8))
                + "@kith";
    }

    private static Date date(LocalDate date, TimeZone zone) {
        return Date.from(date.atStartOfDay(zone.toZoneId()).toInstant());
    }

}
