package dev.kith.phonebook;

import dev.kith.phonebook.Fields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A three-way merge of one person's {@link Fields}: the values at the last sync (the base), in Kith and
 * on the server. A field changed on one side only takes that side's value; a list (emails, phones)
 * takes every value added on either side and loses every value removed on either side; a text field
 * changed on both sides to different values is a {@link Conflict}, won by the newer side. Linear in the
 * number of values. Thread-safe (no state).
 */
final class ThreeWay {
    private ThreeWay() {
    }

    /** A field both sides changed: the value kept and the value set aside, and which side won. */
    record Conflict(Field field, String kept, String other, boolean serverWon) {
    }

    /** The merged values and the conflicts met on the way (empty when none). */
    record Result(Fields merged, List<Conflict> conflicts) {
    }

    /** Merges {@code kith} and {@code server} from {@code base}; {@code serverNewer} decides conflicts. */
    static Result merge(Fields base, Fields kith, Fields server, boolean serverNewer) {
        Fields merged = kith;
        List<Conflict> conflicts = new ArrayList<>();
        for (Field f : Field.values()) {
            Object b = f.get(base);
            Object k = f.get(kith);
            Object s = f.get(server);
            if (Fields.same(f, k, s) || Fields.same(f, b, s)) {
                continue; // kith's value stands
            }
            if (Fields.same(f, b, k)) {
                merged = merged.with(f, s);
            } else if (f.isList()) {
                merged = merged.with(f, mergeList(f, castList(b), castList(k), castList(s)));
            } else if (serverNewer) {
                merged = merged.with(f, s);
                conflicts.add(new Conflict(f, (String) s, (String) k, true));
            } else {
                conflicts.add(new Conflict(f, (String) k, (String) s, false));
            }
        }
        return new Result(merged, conflicts);
    }

    /**
     * First link of a card to a contact that was already in Kith, as the vCard import merges: Kith's
     * values stand, its blanks are filled from the card, and emails and phones are the union.
     */
    static Fields fill(Fields kith, Fields card) {
        Fields f = kith;
        for (Field field : Field.values()) {
            Object k = field.get(kith);
            Object c = field.get(card);
            if (field.isList()) {
                f = f.with(field, union(field, castList(k), castList(c)));
            } else if (k == null && c != null) {
                f = f.with(field, c);
            }
        }
        return f;
    }

    private static List<String> mergeList(Field f, List<String> base, List<String> kith, List<String> server) {
        Set<String> b = Fields.keys(f, base);
        Set<String> k = Fields.keys(f, kith);
        Set<String> s = Fields.keys(f, server);
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String v : kith) {
            String key = Fields.key(f, v);
            if ((s.contains(key) || !b.contains(key)) && seen.add(key)) {
                out.add(v);
            }
        }
        for (String v : server) {
            String key = Fields.key(f, v);
            if (!b.contains(key) && !k.contains(key) && seen.add(key)) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> union(Field f, List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        Set<String> keys = Fields.keys(f, a);
        for (String v : b) {
            if (keys.add(Fields.key(f, v))) {
                out.add(v);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
