package org.sitrep.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aliases indexed by their first key, longest first, so a lookup at a word costs one hash probe
 * and a few array comparisons: no pattern scan over the lexicon per mention.
 */
final class AliasIndex {

    /** One alias: its keys, the case each part must have in the text, and what it names. */
    record Alias(String[] keys, byte[] caseRules, String surface, LexiconEntry entry) {
        int length() {
            return keys.length;
        }
    }

    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();
    private int size;

    void add(String alias, LexiconEntry entry) {
        List<String> parts = AliasNormalizer.aliasParts(alias);
        if (parts.isEmpty()) {
            return;
        }
        String[] keys = new String[parts.size()];
        byte[] rules = new byte[parts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = AliasNormalizer.key(parts.get(i));
            rules[i] = AliasNormalizer.caseRule(parts.get(i));
            if (keys[i].isEmpty()) {
                return;
            }
        }
        byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Alias(keys, rules, alias, entry));
        size++;
    }

    /** Sorts each bucket longest first, then by kind priority; call once after adding. */
    void seal() {
        Comparator<Alias> order = Comparator.comparingInt(Alias::length).reversed()
                .thenComparingInt(a -> priority(a.entry().kind()));
        for (List<Alias> bucket : byFirstKey.values()) {
            bucket.sort(order);
        }
    }

    static int priority(EntryKind kind) {
        return switch (kind) {
            case PERSON -> 0;
            case ORGANISATION -> 1;
            case METONYM -> 2;
            case COUNTRY -> 3;
            case DEMONYM -> 4;
            case AGENT -> 5;
        };
    }

    /**
     * The longest alias that matches the parts {@code keys[from..]} (not beyond {@code limit}), whose
     * case rules the surfaces satisfy, or null.
     */
    Alias longest(String[] keys, String[] surfaces, int from, int limit) {
        List<Alias> bucket = byFirstKey.get(keys[from]);
        if (bucket == null) {
            return null;
        }
        // the first part's case is checked once per rule, not once per alias
        int firstOk = 0;
        int firstChecked = 0;
        for (Alias a : bucket) {
            int n = a.length();
            if (from + n > limit) {
                continue;
            }
            boolean ok = true;
            for (int i = 1; i < n && ok; i++) {
                ok = a.keys()[i].equals(keys[from + i]);
            }
            if (!ok) {
                continue;
            }
            int rule = a.caseRules()[0];
            int bit = 1 << rule;
            if ((firstChecked & bit) == 0) {
                firstChecked |= bit;
                if (AliasNormalizer.satisfies(surfaces[from], (byte) rule)) {
                    firstOk |= bit;
                }
            }
            ok = (firstOk & bit) != 0;
            for (int i = 1; i < n && ok; i++) {
                ok = AliasNormalizer.satisfies(surfaces[from + i], a.caseRules()[i]);
            }
            if (ok) {
                return a;
            }
        }
        return null;
    }

    /** Every alias, for invariant checks. */
    List<Alias> all() {
        List<Alias> out = new ArrayList<>(size);
        byFirstKey.values().forEach(out::addAll);
        return out;
    }

    int size() {
        return size;
    }
}
