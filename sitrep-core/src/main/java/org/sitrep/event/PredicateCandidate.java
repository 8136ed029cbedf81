package org.sitrep.event;

/**
 * A predicate found in a sentence.
 *
 * @param head     the clause's predicate token: the verb, or the noun for a bare nominal trigger
 * @param noun     the nominal trigger token, or -1
 * @param modifier the noun's modifier that is part of the trigger ("car" in "car bombing"), or -1
 * @param repaired the verb was tagged as an adjective
 */
record PredicateCandidate(int head, int noun, int modifier, String cameo, PredicateKind kind, double base,
                          boolean repaired, int complement) {
    int order() {
        return noun >= 0 ? Math.min(head, noun) : head;
    }

    PredicateCandidate withCode(String code, PredicateKind newKind, double newBase, int comp) {
        return new PredicateCandidate(head, noun, modifier, code, newKind, newBase, repaired, comp);
    }
}
