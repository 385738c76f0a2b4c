package dev.kith.today;

import dev.kith.contacts.Circle;
import dev.kith.contacts.Origin;
import dev.kith.core.Beside;
import dev.kith.interactions.Interaction;
import dev.kith.milestones.Milestone;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * What the action kinds see of a book on one day, loaded in bulk by a few whole-book queries.
 * Immutable but for plug-in {@linkplain #part parts}, each loaded once on first use; thread-safe. Lists are
 * never null: an unknown contact has no interactions.
 */
public final class Snapshot {
    /** How many days back {@link #recent} reaches. */
    public static final int RECENT_DAYS = 14;
    /** After how many days without contact a tie is quiet, and its {@link ContactFacts#onceStrength} is known. */
    public static final int QUIET_DAYS = 365;

    /**
     * What the plan needs to know about one contact; {@code reachable} is false for do-not-contact,
     * archived and "me". {@code strength} is today's tie strength total (see {@code TieStrength}),
     * {@code onceStrength} is the tie strength on the day of the last contact, present
     * only for a tie quiet for more than {@value #QUIET_DAYS} days (empty otherwise, and when there was
     * no contact); {@code lastContact} is the last interaction up to today, {@code lastMeal} the last
     * lunch or coffee, planned ones included (both null when none); {@code firstMet} the day we first met
     * or connected (LinkedIn's "Connected On"), null when unknown; {@code origin} where an imported contact
     * came from (an address book, LinkedIn), null for someone added in Kith.
     */
    public record ContactFacts(long id, String name, String firstName, Circle circle, int cadenceDays,
                               LocalDate createdOn, boolean reachable, int strength, OptionalInt onceStrength,
                               LocalDate lastContact, LocalDate lastMeal, LocalDate firstMet, Origin origin) {
        public ContactFacts {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(onceStrength, "onceStrength");
        }

        public Person person() {
            return new Person(id, name);
        }
    }

    private final LocalDate today;
    private final Map<Long, ContactFacts> contacts;
    private final Map<Long, List<Interaction>> recent;
    private final List<Interaction> awaitingReply;
    private final List<Milestone> milestones;
    private final java.util.Set<Long> routine;
    /** Plug-in parts loaded or being loaded, by part; the map is guarded by itself. */
    private final Map<SnapshotPart<?>, CompletableFuture<Object>> parts = new IdentityHashMap<>();

    Snapshot(LocalDate today, Map<Long, ContactFacts> contacts, Map<Long, List<Interaction>> recent,
             List<Interaction> awaitingReply, List<Milestone> milestones, java.util.Set<Long> routine) {
        this.routine = java.util.Set.copyOf(routine);
        this.today = Objects.requireNonNull(today, "today");
        this.contacts = Map.copyOf(contacts);
        this.recent = Map.copyOf(recent);
        this.awaitingReply = List.copyOf(awaitingReply);
        this.milestones = List.copyOf(milestones);
    }

    public LocalDate today() {
        return today;
    }

    /** Every contact of the book, reachable or not, in no particular order. */
    public Collection<ContactFacts> contacts() {
        return contacts.values();
    }

    /** The contact with this id, or null when the book has none. */
    public ContactFacts contact(long id) {
        return contacts.get(id);
    }

    /** Whether the plan may propose contacting {@code id}. */
    public boolean reachable(long id) {
        ContactFacts c = contacts.get(id);
        return c != null && c.reachable();
    }

    /** A contact's interactions of the last {@link #RECENT_DAYS} days up to today, oldest first, with summaries. */
    public List<Interaction> recent(long contactId) {
        return recent.getOrDefault(contactId, List.of());
    }

    /** Inbound interactions still awaiting my reply, dated up to today, oldest first. */
    public List<Interaction> awaitingReply() {
        return awaitingReply;
    }

    /**
     * Whether recent in-person interaction {@code interactionId} is routine: an occurrence of a recurring
     * meeting captured from a calendar, which keeps a tie warm but calls for no follow-up or thank-you.
     */
    public boolean routine(long interactionId) {
        return routine.contains(interactionId);
    }

    /** Milestones of the last 14 days up to today that are not yet acknowledged, oldest first. */
    public List<Milestone> unacknowledgedMilestones() {
        return milestones;
    }

    /**
     * The plug-in {@code part} of this snapshot, loaded by the part on first use and kept with the
     * snapshot. Parts load at the same time on different threads; a caller asking for a part another
     * thread is loading waits for it. A part may ask for another part, never in a cycle. A load that
     * fails is not kept: the next call loads again.
     */
    @SuppressWarnings("unchecked")
    public <T> T part(SnapshotPart<T> part) {
        CompletableFuture<Object> value;
        boolean mine = false;
        synchronized (parts) {
            value = parts.get(part);
            if (value == null) {
                value = new CompletableFuture<>();
                parts.put(part, value);
                mine = true;
            }
        }
        if (mine) {
            try {
                value.complete(Objects.requireNonNull(part.load(this), "part"));
            } catch (RuntimeException | Error e) {
                synchronized (parts) {
                    parts.remove(part);
                }
                value.completeExceptionally(e);
                throw e;
            }
        }
        return (T) Beside.join(value);
    }

    /** The parts loaded so far, by part (a copy). */
    Map<SnapshotPart<?>, Object> loadedParts() {
        Map<SnapshotPart<?>, Object> loaded = new IdentityHashMap<>();
        synchronized (parts) {
            parts.forEach((part, value) -> {
                if (value.isDone() && !value.isCompletedExceptionally()) {
                    loaded.put(part, value.join());
                }
            });
        }
        return loaded;
    }

    /** Gives this snapshot {@code value} as its {@code part}, loaded for an earlier snapshot from tables unchanged since. */
    void carry(SnapshotPart<?> part, Object value) {
        synchronized (parts) {
            parts.putIfAbsent(part, CompletableFuture.completedFuture(Objects.requireNonNull(value, "value")));
        }
    }
}
