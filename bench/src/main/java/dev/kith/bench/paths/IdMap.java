package dev.kith.bench.paths;

import java.util.Arrays;

/** Maps external long ids to dense ints 0..size-1 in order of first appearance (open addressing, no boxing). */
final class IdMap {
    private long[] keys = new long[1 << 16];
    private int[] values = new int[1 << 16];
    private boolean[] used = new boolean[1 << 16];
    private int size;

    int size() {
        return size;
    }

    int get(long id) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
        while (used[slot]) {
            if (keys[slot] == id) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = id;
        values[slot] = size;
        return size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[keys.length];
        used = new boolean[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = Long.hashCode(oldKeys[i] * 0x9E3779B97F4A7C15L) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** A growable list of int pairs. */
    static final class Pairs {
        int[] a = new int[1024];
        int[] b = new int[1024];
        int size;

        void add(int x, int y) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
            }
            a[size] = x;
            b[size++] = y;
        }
    }
}
