package org.sitrep.geo;

import java.util.Arrays;

/**
 * Name key to gazetteer entry codes, as an open-addressing hash table of keys with chained postings in
 * flat int arrays: about one object (the key string) per distinct name, so building it is cheap for the
 * garbage collector and a lookup allocates only its small result. Built by one thread, then read-only.
 */
final class NameIndex {
    private static final int[] NONE = new int[0];
    private String[] keys;
    private int[] heads;
    private int[] codes = new int[1 << 20];
    private int[] next = new int[1 << 20];
    private int postings;
    private int size;

    NameIndex(int expectedKeys) {
        int cap = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new String[cap];
        heads = new int[cap];
    }

    /** Adds a code under a key; an entry listed twice keeps its main-name flag (code & 1 == 0) if any. */
    void add(String key, int code) {
        int slot = slot(key);
        if (keys[slot] == null) {
            keys[slot] = key;
            heads[slot] = -1;
            size++;
            if (size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        for (int p = heads[slot]; p >= 0; p = next[p]) {
            if (codes[p] >>> 1 == code >>> 1) {
                codes[p] &= code | ~1;
                return;
            }
        }
        if (postings == codes.length) {
            codes = Arrays.copyOf(codes, postings * 2);
            next = Arrays.copyOf(next, postings * 2);
        }
        codes[postings] = code;
        next[postings] = heads[slot];
        heads[slot] = postings++;
    }

    int[] get(String key) {
        int slot = slot(key);
        if (keys[slot] == null) {
            return NONE;
        }
        int n = 0;
        for (int p = heads[slot]; p >= 0; p = next[p]) {
            n++;
        }
        int[] out = new int[n];
        int i = n;
        for (int p = heads[slot]; p >= 0; p = next[p]) {
            out[--i] = codes[p];
        }
        return out;
    }

    boolean contains(String key) {
        return keys[slot(key)] != null;
    }

    int size() {
        return size;
    }

    private int slot(String key) {
        int mask = keys.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new String[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }
}
