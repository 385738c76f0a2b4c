package dev.kith.capture;

import dev.kith.contacts.Contacts;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Logs captured messages as {@code email} interactions with the contacts among their participants:
 * once per message, dated by it (in the local time zone), from me or from them, the subject as
 * summary. A message owed a reply whose sender is a contact is logged awaiting my reply, so that
 * the "I owe a reply" queue and Today's reply actions draw from it. Thread-safe.
 */
final class Logbook {
    private final MailStore store;
    private final Contacts contacts;
    private final Interactions interactions;
    private final ZoneId zone;

    Logbook(MailStore store, Contacts contacts, Interactions interactions, ZoneId zone) {
        this.store = store;
        this.contacts = contacts;
        this.interactions = interactions;
        this.zone = zone;
    }

    /**
     * Logs those of {@code messageIds} not logged yet whose participants besides me (1 to 5) include a
     * contact; returns how many interactions were logged. Runs in the caller's transaction.
     */
    int log(List<Long> messageIds, Set<String> me) {
        Map<String, Long> contactOf = new HashMap<>();
        int logged = 0;
        for (int from = 0; from < messageIds.size(); from += MailStore.CHUNK) {
            List<MailStore.Stored> messages = store.unlogged(messageIds.subList(from,
                    Math.min(messageIds.size(), from + MailStore.CHUNK)));
            lookUp(messages, me, contactOf);
            Map<Long, Long> links = new LinkedHashMap<>();
            for (MailStore.Stored m : messages) {
                Set<Long> people = new LinkedHashSet<>();
                Long sender = m.mine() ? null : known(contactOf.get(m.fromEmail()));
                if (sender != null) {
                    people.add(sender);
                }
                for (String r : m.recipients()) {
                    Long id = me.contains(r) ? null : known(contactOf.get(r));
                    if (id != null) {
                        people.add(id);
                    }
                }
                if (people.isEmpty()) {
                    continue;
                }
                Interaction draft = Interaction.draft(date(m.sentAt()), InteractionKind.EMAIL,
                        m.mine() ? Initiator.ME : Initiator.THEM, null, m.subject(), Exchange.NEUTRAL,
                        m.owed() && sender != null, new ArrayList<>(people));
                links.put(m.id(), interactions.log(draft).id());
            }
            store.link(links);
            logged += links.size();
        }
        return logged;
    }

    LocalDate date(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }

    /** Fills {@code contactOf} for the addresses of {@code messages} not looked up yet; -1 marks "no contact". */
    private void lookUp(List<MailStore.Stored> messages, Set<String> me, Map<String, Long> contactOf) {
        Set<String> missing = new LinkedHashSet<>();
        for (MailStore.Stored m : messages) {
            if (!m.mine() && !contactOf.containsKey(m.fromEmail())) {
                missing.add(m.fromEmail());
            }
            for (String r : m.recipients()) {
                if (!me.contains(r) && !contactOf.containsKey(r)) {
                    missing.add(r);
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Long> found = contacts.idsByEmail(missing);
        missing.forEach(e -> contactOf.put(e, found.getOrDefault(e, -1L)));
    }

    private static Long known(Long id) {
        return id == null || id < 0 ? null : id;
    }
}
