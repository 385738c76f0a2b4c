package dev.kith.intros;

import java.util.Arrays;

/**
 * The pairs met so far, numbered in order of first contact: each pair's key ({@code lo << 32 | hi}), its
 * summed decayed weight and which ways it went (1 from lo, 2 from hi), found through an open-addressing
 * table of longs, so a book's 100,000 contacts cost no boxed key or array per pair.
 */
final class PairSums {
    long[] keys;
    double[] weight;
    byte[] ways;
    private int size;
    /** Slot to pair number plus one; 0 is empty. */
    private int[] table;

    PairSums(int expected) {
        int capacity = 16;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        table = new int[capacity];
        keys = new long[Math.max(16, expected)];
        weight = new double[keys.length];
        ways = new byte[keys.length];
    }

    int size() {
        return size;
    }

    /** The number of the pair {@code key}, added (weight 0, no way) when new. */
    int slot(long key) {
        int mask = table.length - 1;
        int h = hash(key) & mask;
        while (true) {
            int at = table[h];
            if (at == 0) {
                break;
            }
            if (keys[at - 1] == key) {
                return at - 1;
            }
            h = (h + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
            ways = Arrays.copyOf(ways, size * 2);
        }
        keys[size] = key;
        table[h] = ++size;
        if (size * 2 > table.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int k = 0; k < size; k++) {
            int h = hash(keys[k]) & mask;
            while (bigger[h] != 0) {
                h = (h + 1) & mask;
            }
            bigger[h] = k + 1;
        }
        table = bigger;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The pair numbers in ascending order of key. */
    int[] byKey() {
        long[] order = new long[size];
        for (int k = 0; k < size; k++) {
            order[k] = keys[k];
        }
        Arrays.sort(order);
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = slot(order[k]);
        }
        return out;
    }
}
