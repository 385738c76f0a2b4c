package dev.kith.capture;

import dev.kith.capture.mail.Classifier;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inbox of new people: everyone I exchanged mail with in both directions (in conversations of
 * at most five people besides me) who is not in the book. Never my own addresses, bulk, list or
 * no-reply senders, nor anyone ignored. Adding someone creates the contact and logs the mail already
 * captured with them as interactions. Thread-safe.
 */
public final class Inbox {
    private final Database db;
    private final KithClock clock;
    private final MailStore store;
    private final Contacts contacts;
    private final SearchIndex search;
    private final Logbook logbook;
    private final MyAddresses me;
    private final CalendarStore meetings;

    Inbox(Database db, KithClock clock, MailStore store, Contacts contacts, SearchIndex search, Logbook logbook,
          MyAddresses me, CalendarStore meetings) {
        this.meetings = meetings;
        this.db = db;
        this.clock = clock;
        this.store = store;
        this.contacts = contacts;
        this.search = search;
        this.logbook = logbook;
        this.me = me;
    }

    /** The people suggested, most recently in touch first; an empty list when there is nobody new. */
    public List<NewPerson> list() {
        return db.read(h -> {
            List<MailStore.Exchanges> all = candidates();
            List<NewPerson> people = new ArrayList<>(all.size());
            for (MailStore.Exchanges e : all) {
                String name = store.lastName(e.email()).orElse(null);
                people.add(new NewPerson(e.email(), name, e.received() + e.sent(), e.received(), e.sent(),
                        logbook.date(e.firstSeen()), logbook.date(e.lastSeen()), why(e)));
            }
            Set<String> listed = new java.util.HashSet<>();
            people.forEach(p -> listed.add(p.email()));
            Set<String> mine = me.keys();
            List<CalendarStore.Met> met = meetings.met().stream()
                    .filter(m -> !listed.contains(m.email()) && !mine.contains(m.email())
                            && !Classifier.noReply(m.email())).toList();
            Map<String, Long> known = contacts.idsByEmail(met.stream().map(CalendarStore.Met::email).toList());
            for (CalendarStore.Met m : met) {
                if (!known.containsKey(m.email())) {
                    people.add(new NewPerson(m.email(), m.name(), 0, 0, 0, logbook.date(m.firstSeen()),
                            logbook.date(m.lastSeen()), "met in " + m.meetings() + (m.meetings() == 1 ? " meeting" : " meetings")
                            + ", the last on " + logbook.date(m.lastSeen())));
                }
            }
            return List.copyOf(people);
        });
    }

    /** {@link #add(String, String)} with the display name seen in mail (the address when there is none). */
    public InboxAddition add(String email) {
        return add(email, null);
    }

    /**
     * Adds the person writing from {@code email} as a contact called {@code name} (null: the name seen
     * in mail, "Holm, Frida" read as "Frida Holm"; the address when none was seen) and logs the captured mail with them that no interaction holds yet. Refused for an
     * address of mine, an address already a contact's, or one no captured message has.
     */
    public InboxAddition add(String email, String name) {
        String key = MyAddresses.key("email", email);
        if (me.keys().contains(key)) {
            throw new ValidationException("email", email.trim() + " is one of your own addresses");
        }
        if (!contacts.idsByEmail(List.of(key)).isEmpty()) {
            throw new ValidationException("email", email.trim() + " is already a contact's address");
        }
        if (!store.seen(key) && !meetings.metWith(key)) {
            throw new NotFoundException("no captured mail or meeting with " + email.trim());
        }
        String chosen = name != null && !name.isBlank() ? name
                : store.lastName(key).or(() -> meetings.met().stream().filter(m -> m.email().equals(key))
                        .map(CalendarStore.Met::name).filter(n -> n != null && !n.isBlank()).findFirst())
                        .map(Inbox::naturalOrder).orElse(email.trim());
        String how = store.seen(key) ? "email" : "meeting";
        return search.deferring(() -> {
            Contact added = contacts.add(ContactDraft.builder(chosen).email(email.trim()).howMet(how).build());
            store.unignore(key);
            int logged = logbook.log(store.unloggedWith(key), me.keys());
            return new InboxAddition(contacts.get(added.id()), logged);
        });
    }

    /** Never suggests {@code email} again (until it is added). */
    public void ignore(String email) {
        store.ignore(MyAddresses.key("email", email), clock.today());
    }

    /** The addresses suggested now, for counting who is new after a capture run. */
    Set<String> suggested() {
        Set<String> keys = new LinkedHashSet<>();
        candidates().forEach(e -> keys.add(e.email()));
        return keys;
    }

    private List<MailStore.Exchanges> candidates() {
        List<MailStore.Exchanges> all = store.bothWays();
        Map<String, Long> known = contacts.idsByEmail(all.stream().map(MailStore.Exchanges::email).toList());
        return all.stream().filter(e -> !known.containsKey(e.email()) && !Classifier.noReply(e.email())).toList();
    }

    /** "Holm, Frida" (as Outlook shows names) becomes "Frida Holm"; any other name is kept. */
    static String naturalOrder(String name) {
        int comma = name.indexOf(',');
        if (comma <= 0 || comma != name.lastIndexOf(',') || comma == name.length() - 1) {
            return name;
        }
        String family = name.substring(0, comma).strip();
        String given = name.substring(comma + 1).strip();
        return given.isEmpty() || family.isEmpty() ? name : given + " " + family;
    }

    private String why(MailStore.Exchanges e) {
        return e.received() + (e.received() == 1 ? " message" : " messages") + " from them and " + e.sent()
                + " from you, the last on " + logbook.date(e.lastSeen());
    }
}
