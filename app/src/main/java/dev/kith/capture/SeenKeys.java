package dev.kith.capture;

/**
 * The message keys seen in one run, held as 64-bit fingerprints in an open-addressing table: 16 bytes
 * a key at most instead of a string each, so a mailbox of a million messages costs 16 MB, not 100.
 * Two different keys share a fingerprint with odds near 2<sup>-64</sup> a pair; such a message
 * would be counted as a duplicate. Not thread-safe.
 */
final class SeenKeys {
    private static final long EMPTY = 0;
    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds {@code key}; false when it was seen already. */
    boolean add(String key) {
        if (size * 2 >= slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long f : old) {
                if (f != EMPTY) {
                    put(slots, f);
                }
            }
        }
        boolean added = put(slots, fingerprint(key));
        if (added) {
            size++;
        }
        return added;
    }

    /** Puts {@code f} in {@code table} (linear probing); false when it is there already. */
    private static boolean put(long[] table, long f) {
        int mask = table.length - 1;
        int i = (int) (f ^ (f >>> 32)) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == f) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = f;
        return true;
    }

    /** A 64-bit hash of the key's characters (FNV-1a, then SplitMix64's finalizer); never 0. */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }

    int size() {
        return size;
    }
}
