package dev.kith.contacts;

import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Contacts of a book that are likely the same person: two active contacts sharing an email, a phone
 * ({@link PhoneKey}), a LinkedIn profile, or a name (with the same organization, without one, or with
 * another), unless the user said they are not the same ({@link #dismiss}). Finds them by blocking:
 * contacts are grouped by each normalized key and only contacts within a group are paired, so the work
 * is linear in the keys plus the pairs; a group larger than {@value #BLOCK} (a shared switchboard number,
 * a very common name) says nothing about any two of its members and is passed over. Merging is
 * left to the caller (the composition root's merge). Thread-safe.
 */
public final class Duplicates {
    /** The largest group of contacts sharing one key whose members are paired. */
    static final int BLOCK = 25;

    private final DuplicateStore store;
    private final Contacts contacts;

    public Duplicates(Database db, long book, Contacts contacts) {
        this.store = new DuplicateStore(db, book);
        this.contacts = contacts;
    }

    /**
     * Two contacts that look like one person: {@code left} the older (lower id), the reasons in words
     * ("same email ana@acme.example"), whether any reason is strong (everything but the same name at
     * different organizations), and their fields side by side.
     */
    public record Pair(Contact left, Contact right, List<String> reasons, boolean strong, List<Field> fields) {
        public Pair {
            reasons = List.copyOf(reasons);
            fields = List.copyOf(fields);
        }
    }

    /** One field of both contacts, in words; empty text when a contact has none. */
    public record Field(String label, String left, String right) {
        /** Whether the two contacts differ in this field. */
        public boolean differs() {
            return !left.equals(right);
        }
    }

    /** Every likely pair not dismissed, strong ones first, then by name; empty when the book has none. */
    public List<Pair> find() {
        return find(Integer.MAX_VALUE).pairs();
    }

    /** The first {@code limit} likely pairs, in the order of {@link #find()}, and how many there are in all. */
    public record Found(List<Pair> pairs, int total) {
        public Found {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * The first {@code limit} pairs of {@link #find()} and the number of all; only the contacts of the
     * pairs returned are read whole, so a page of a big book's pairs costs the keys and those contacts.
     */
    public Found find(int limit) {
        Map<String, Reasons> pairs = new LinkedHashMap<>();
        block(store.emails(), v -> v, "same email ", true, pairs, true);
        block(store.phones(), PhoneKey::of, "same phone ", true, pairs, true);
        block(store.linkedinUrls(), UrlKey::of, "same LinkedIn profile", true, pairs, false);
        Map<Long, Set<String>> orgs = new HashMap<>();
        store.organizations().forEach(k -> orgs.computeIfAbsent(k.id(), x -> new HashSet<>()).add(k.value()));
        List<DuplicateStore.Keyed> names = store.names();
        Map<Long, String> nameKeys = new HashMap<>();
        names.forEach(k -> nameKeys.put(k.id(), k.value()));
        Map<String, Reasons> byName = new LinkedHashMap<>();
        block(names, v -> v, "same name", true, byName, false);
        byName.forEach((key, r) -> {
            Set<String> a = orgs.getOrDefault(r.low, Set.of());
            Set<String> b = orgs.getOrDefault(r.high, Set.of());
            boolean shared = a.stream().anyMatch(b::contains);
            String why = shared ? "same name and organization" : a.isEmpty() || b.isEmpty() ? "same name"
                    : "same name, different organization";
            pairs.computeIfAbsent(key, k -> new Reasons(r.low, r.high)).add(why, shared || a.isEmpty() || b.isEmpty());
        });
        pairs.keySet().removeAll(store.dismissed());
        List<Reasons> ordered = new ArrayList<>(pairs.values());
        ordered.sort(Comparator.comparing((Reasons r) -> !r.strong)
                .thenComparing(r -> nameKeys.getOrDefault(r.low, "")).thenComparingLong(r -> r.low)
                .thenComparingLong(r -> r.high));
        List<Reasons> page = ordered.subList(0, Math.min(Math.max(limit, 0), ordered.size()));
        Set<Long> ids = new LinkedHashSet<>();
        page.forEach(r -> {
            ids.add(r.low);
            ids.add(r.high);
        });
        Map<Long, Contact> byId = new HashMap<>();
        contacts.getAll(List.copyOf(ids)).forEach(c -> byId.put(c.id(), c));
        List<Pair> out = new ArrayList<>();
        for (Reasons r : page) {
            Contact left = byId.get(r.low);
            Contact right = byId.get(r.high);
            if (left != null && right != null) {
                out.add(new Pair(left, right, List.copyOf(r.why), r.strong, fields(left, right)));
            }
        }
        return new Found(out, ordered.size());
    }

    /**
     * Remembers that contacts {@code a} and {@code b} are not the same person, so {@link #find} no longer
     * pairs them; dismissing a pair again changes nothing. An unknown contact is a
     * {@link dev.kith.core.NotFoundException}; a contact with itself a {@link ValidationException}.
     */
    public void dismiss(long a, long b) {
        if (a == b) {
            throw new ValidationException("b", "a contact is always the same person as itself");
        }
        contacts.get(a);
        contacts.get(b);
        store.dismiss(Math.min(a, b), Math.max(a, b));
    }

    /** The key of the pair of {@code a} and {@code b}, in either order. */
    static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    /** The reasons found so far for one pair. */
    private static final class Reasons {
        final long low;
        final long high;
        final List<String> why = new ArrayList<>();
        boolean strong;

        Reasons(long low, long high) {
            this.low = low;
            this.high = high;
        }

        void add(String reason, boolean isStrong) {
            if (!why.contains(reason)) {
                why.add(reason);
            }
            strong |= isStrong;
        }
    }

    /**
     * Groups {@code values} by {@code key} (null keys are left out) and adds a reason for every two
     * contacts of a group of at most {@value #BLOCK}; {@code withValue} appends the value to the reason.
     */
    private static void block(List<DuplicateStore.Keyed> values, Function<String, String> key, String reason,
                              boolean strong, Map<String, Reasons> pairs, boolean withValue) {
        Map<String, List<DuplicateStore.Keyed>> groups = new HashMap<>();
        for (DuplicateStore.Keyed v : values) {
            String k = v.value() == null ? null : key.apply(v.value());
            if (k != null && !k.isEmpty()) {
                List<DuplicateStore.Keyed> g = groups.computeIfAbsent(k, x -> new ArrayList<>());
                if (g.stream().noneMatch(o -> o.id() == v.id())) {
                    g.add(v);
                }
            }
        }
        for (List<DuplicateStore.Keyed> g : groups.values()) {
            if (g.size() < 2 || g.size() > BLOCK) {
                continue;
            }
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    long a = g.get(i).id();
                    long b = g.get(j).id();
                    pairs.computeIfAbsent(pairKey(a, b), x -> new Reasons(Math.min(a, b), Math.max(a, b)))
                            .add(withValue ? reason + g.get(i).value() : reason, strong);
                }
            }
        }
    }

    private static List<Field> fields(Contact a, Contact b) {
        List<Field> out = new ArrayList<>();
        out.add(new Field("Name", a.name(), b.name()));
        out.add(new Field("Organization", job(a, Employment::organization), job(b, Employment::organization)));
        out.add(new Field("Job title", job(a, Employment::title), job(b, Employment::title)));
        out.add(new Field("Email", String.join(", ", a.emails()), String.join(", ", b.emails())));
        out.add(new Field("Phone", String.join(", ", a.phones()), String.join(", ", b.phones())));
        out.add(new Field("Location", text(a.location()), text(b.location())));
        out.add(new Field("LinkedIn", text(a.linkedinUrl()), text(b.linkedinUrl())));
        out.add(new Field("Website", text(a.website()), text(b.website())));
        out.add(new Field("Tags", String.join(", ", a.tags()), String.join(", ", b.tags())));
        out.add(new Field("First met", text(a.howMet().firstMet()), text(b.howMet().firstMet())));
        out.add(new Field("Added", text(a.createdOn()), text(b.createdOn())));
        return out;
    }

    private static String job(Contact c, Function<Employment, String> part) {
        return c.currentJob().map(part).map(Duplicates::text).orElse("");
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
