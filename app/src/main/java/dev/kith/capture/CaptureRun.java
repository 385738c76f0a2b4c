package dev.kith.capture;

import dev.kith.capture.mail.MailMessage;
import dev.kith.capture.mail.MessageSink;
import dev.kith.contacts.Contacts;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One capture run, fed message by message by a source inside one transaction: duplicates and
 * non-person mail are counted and dropped, person mail is stored in chunks; at the end the owed
 * replies are brought up to date and the new messages logged as interactions. Holds the keys seen
 * in the run, the ids stored and one chunk of rows (at most {@value MailStore#CHUNK} messages and about
 * {@value #PENDING_RECIPIENTS} recipients), never the mailbox. A message dated after tomorrow on the capture's
 * clock (a day of clock skew) cannot have arrived yet: it is dated today, and a message dated otherwise than its Date
 * says is named in a warning. Not thread-safe.
 */
final class CaptureRun implements MessageSink {
    /** Pending recipients that make a chunk full however few its messages: all-hands mail has hundreds each. */
    static final int PENDING_RECIPIENTS = 10_000;
    private final MailStore store;
    private final Logbook logbook;
    private final Contacts contacts;
    private final Interactions interactions;
    private final Set<String> me;
    private final String source;
    private final ZoneId zone;
    private final Instant today;
    private final Instant latest;
    private final SeenKeys seen = new SeenKeys();
    private final List<MessageRow> pending = new ArrayList<>();
    private int pendingRecipients;
    private final List<Long> stored = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> redated = new HashMap<>();
    private int messages;
    private int bulk;
    private int lists;
    private int duplicates;
    private int unreadable;

    /** A run on {@code day} in {@code zone}, the capture clock's today. */
    CaptureRun(MailStore store, Logbook logbook, Contacts contacts, Interactions interactions, Set<String> me,
               String source, LocalDate day, ZoneId zone) {
        this.zone = zone;
        this.today = day.atStartOfDay(zone).toInstant();
        this.latest = day.plusDays(2).atStartOfDay(zone).toInstant();
        this.store = store;
        this.logbook = logbook;
        this.contacts = contacts;
        this.interactions = interactions;
        this.me = Set.copyOf(me);
        this.source = source;
    }

    @Override
    public void message(MailMessage m) {
        messages++;
        if (!seen.add(m.key())) {
            duplicates++;
            return;
        }
        switch (m.kind()) {
            case PERSON -> {
                MailMessage dated = m.sentAt().isAfter(latest) ? m.datedAt(today) : m;
                MessageRow row = MessageRow.of(dated, me, source);
                if (dated.claimedAt() != null) {
                    redated.put(row.key(), dated.origin() + ": dated " + day(dated.claimedAt())
                            + ", later than it can have arrived; dated " + day(dated.sentAt()) + " instead");
                }
                pending.add(row);
                pendingRecipients += row.recipients().size();
                if (pending.size() >= MailStore.CHUNK || pendingRecipients >= PENDING_RECIPIENTS) {
                    flush();
                }
            }
            case LIST -> lists++;
            case BULK, AUTOMATIC, NO_REPLY, DRAFT, DELETED, CHAT -> bulk++;
        }
    }

    @Override
    public void unreadable(String origin, String reason) {
        messages++;
        unreadable++;
        if (warnings.size() < CaptureSummary.MAX_WARNINGS) {
            warnings.add(origin + ": " + reason);
        }
    }

    @Override
    public void warning(String origin, String reason) {
        if (warnings.size() < CaptureSummary.MAX_WARNINGS) {
            warnings.add(origin + ": " + reason);
        }
    }

    /** Stores what is pending, settles the owed replies, logs the interactions; newPeople is left to the caller. */
    CaptureSummary finish() {
        flush();
        int cleared = settlePreviouslyOwed();
        List<Long> owed = new ArrayList<>();
        for (MailStore.OwedCheck c : store.checkOwed(stored)) {
            if (c.owedNow()) {
                owed.add(c.id());
            }
        }
        store.setOwed(owed, true);
        int logged = logbook.log(stored, me);
        return new CaptureSummary(messages, logged, owed.size(), cleared, 0,
                new CaptureSummary.Skipped(bulk, lists, duplicates, unreadable), warnings);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> existing = store.existingKeys(pending.stream().map(MessageRow::key).toList());
        List<MessageRow> fresh = new ArrayList<>(pending.size());
        for (MessageRow r : pending) {
            if (existing.contains(r.key())) {
                duplicates++;
                if (redated.containsKey(r.key())) {
                    redateStored(r, redated.get(r.key()));
                }
            } else {
                fresh.add(r);
                String note = redated.get(r.key());
                if (note != null && warnings.size() < CaptureSummary.MAX_WARNINGS) {
                    warnings.add(note);
                }
            }
        }
        redated.clear();
        stored.addAll(store.insert(fresh));
        pending.clear();
        pendingRecipients = 0;
    }

    /**
     * A message captured before with a Date now not believed (captured before this was checked) is dated as it is
     * now, and so is its interaction unless that was given another day since; the owed replies are then settled again
     * with the rest.
     */
    private void redateStored(MessageRow r, String note) {
        store.redate(r.key(), r.sentAt()).ifPresent(was -> {
            if (was.interactionId() != null) {
                interactions.find(was.interactionId()).filter(i -> i.date().equals(logbook.date(was.was())))
                        .ifPresent(i -> interactions.edit(new Interaction(i.id(), logbook.date(r.sentAt()), i.kind(),
                                i.initiator(), i.minutes(), i.summary(), i.exchange(), i.awaitingReply(), i.people())));
            }
            if (warnings.size() < CaptureSummary.MAX_WARNINGS) {
                warnings.add(note + " (it was captured before with that date)");
            }
        });
    }

    private String day(Instant at) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    /**
     * Re-checks the messages owed before this run against the mail it added: one answered by me is
     * cleared (its interaction marked replied) and counted when it was still in the queue; one
     * followed by a later message in its thread hands the owing on to that message.
     */
    private int settlePreviouslyOwed() {
        List<Long> before = new ArrayList<>(store.owedIds());
        Set<Long> fresh = new HashSet<>(stored);
        before.removeIf(fresh::contains);
        List<Long> settled = new ArrayList<>();
        int cleared = 0;
        for (MailStore.OwedCheck c : store.checkOwed(before)) {
            if (c.owedNow()) {
                continue;
            }
            settled.add(c.id());
            boolean visible = true;
            if (c.interactionId() != null) {
                Optional<Interaction> logged = interactions.find(c.interactionId());
                if (logged.isPresent()) {
                    visible = Replies.stillAwaited(logged.get(), contacts.idsByEmail(List.of(c.fromEmail()))
                            .get(c.fromEmail()));
                    if (logged.get().awaitingReply()) {
                        interactions.markReplied(c.interactionId());
                    }
                }
            }
            if (c.answered() && visible) {
                cleared++;
            }
        }
        store.setOwed(settled, false);
        return cleared;
    }
}
