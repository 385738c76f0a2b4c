package dev.kith.capture;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "I owe a reply" queue: captured mail whose thread ends with a message To me from a person that
 * nothing of mine answered, and inbound calls, emails and messages logged by hand as awaiting my
 * reply. Mail from a contact is the same thing as an interaction awaiting my reply, so marking either
 * replied (here, or through Today's reply action) takes it off the queue. {@link #recent()} is the part of
 * the queue Today proposes (the last {@value Interaction#REPLY_DAYS} days); {@link #owed()} is all of it. Thread-safe.
 */
public final class Replies {
    static final String LOGGED = "logged";
    private final Database db;
    private final KithClock clock;
    private final MailStore store;
    private final Contacts contacts;
    private final Interactions interactions;
    private final Logbook logbook;

    Replies(Database db, KithClock clock, MailStore store, Contacts contacts, Interactions interactions, Logbook logbook) {
        this.db = db;
        this.clock = clock;
        this.store = store;
        this.contacts = contacts;
        this.interactions = interactions;
        this.logbook = logbook;
    }

    /**
     * The replies I owe of the last {@value Interaction#REPLY_DAYS} days (since that many days before today, on the one
     * clock), oldest first, and how many older replies I still owe.
     */
    public Recent recent() {
        LocalDate from = clock.today().minusDays(Interaction.REPLY_DAYS);
        List<OwedReply> all = owed();
        List<OwedReply> recent = all.stream().filter(o -> !o.since().isBefore(from)).toList();
        return new Recent(recent, all.size() - recent.size());
    }

    /** The recent replies owed, oldest first (an empty list when none), and how many older ones are still owed. */
    public record Recent(List<OwedReply> replies, int older) {
        public Recent {
            replies = List.copyOf(replies);
        }
    }

    /** Everything I owe a reply, oldest first; an empty list when I owe nothing. */
    public List<OwedReply> owed() {
        return db.read(h -> {
            List<MailStore.OwedRow> rows = store.owedRows();
            Map<Long, Interaction> awaiting = new HashMap<>();
            interactions.awaitingReply().forEach(i -> awaiting.put(i.id(), i));
            Map<String, Long> contactOf = contacts.idsByEmail(rows.stream().map(MailStore.OwedRow::fromEmail).toList());
            Map<Long, Contact> people = new HashMap<>();
            List<Long> wanted = new ArrayList<>(contactOf.values());
            awaiting.values().forEach(i -> wanted.add(i.people().get(0)));
            contacts.getAll(wanted.stream().distinct().toList()).forEach(c -> people.put(c.id(), c));
            List<OwedReply> owed = new ArrayList<>();
            for (MailStore.OwedRow r : rows) {
                Long contact = contactOf.get(r.fromEmail());
                if (r.interactionId() != null && !awaiting.containsKey(r.interactionId())) {
                    Optional<Interaction> logged = interactions.find(r.interactionId());
                    if (logged.isPresent() && !stillAwaited(logged.get(), contact)) {
                        continue;
                    }
                }
                Correspondent person = contact != null && people.containsKey(contact) ? of(people.get(contact))
                        : new Correspondent(null, r.fromName(), List.of(r.fromEmail()));
                owed.add(new OwedReply(person, logbook.date(r.sentAt()), r.source(), r.subject(),
                        r.interactionId() != null && awaiting.containsKey(r.interactionId()) ? r.interactionId() : null,
                        r.id()));
            }
            Map<Long, Long> fromMail = store.messagesOf(awaiting.keySet());
            for (Interaction i : awaiting.values()) {
                if (!fromMail.containsKey(i.id())) {
                    Contact first = people.get(i.people().get(0));
                    if (first != null) {
                        owed.add(new OwedReply(of(first), i.date(), LOGGED, i.summary(), i.id(), null));
                    }
                }
            }
            owed.sort(Comparator.comparing(OwedReply::since)
                    .thenComparing(o -> o.messageId() == null ? Long.MAX_VALUE : o.messageId()));
            return List.copyOf(owed);
        });
    }

    /** Takes {@code item} off the queue: its message is no longer owed and its interaction is marked replied. */
    public void markReplied(OwedReply item) {
        Objects.requireNonNull(item, "item");
        db.update(h -> {
            if (item.messageId() != null) {
                store.setOwed(List.of(item.messageId()), false);
            }
            if (item.interactionId() != null) {
                interactions.markReplied(item.interactionId());
            }
        });
    }

    /**
     * Whether owed mail logged as {@code logged} is still in the queue: when its sender is a contact
     * among the interaction's people, the interaction says (it may have been marked replied); when
     * not, the interaction is with other contacts and the mail stays owed to its sender.
     */
    static boolean stillAwaited(Interaction logged, Long senderContact) {
        return logged.awaitingReply() || senderContact == null || !logged.people().contains(senderContact);
    }

    private static Correspondent of(Contact c) {
        return new Correspondent(c.id(), c.name(), c.emails());
    }
}
