package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;

/** One distinct name of the article with its candidates and their scores. */
final class Reading {
    /**
     * Weight of the share of the article's other places in the candidate's country (measured 2026-12-07 together
     * with the first-level division's: 2.5 and 2.0 → 3.5 and 3.0 gain on LGL and GeoVirus).
     */
    private static final double COUNTRY_FOCUS = 3.5;
    /**
     * Weight against a country none of the article's other places lies in, by their share outside it: a
     * local story's "Jordan", "Lebanon" or "Palestine" beside Shakopee or Myerstown is the town (measured
     * 2026-12-07: 1 and 2 gain on LGL and GeoVirus, 3 loses GeoVirus end to end).
     */
    private static final double LONE_COUNTRY = 2.0;
    /** Weight of the share of the article's other places in the candidate's first-level division. */
    private static final double ADMIN1_FOCUS = 3.0;
    /** Weight of a generic word around the name that says what kind of place it is ("the state of X"). */
    private static final double KIND_WORD = 4.0;
    /** Weight of agreement with the other members of a list of places ("Ohio, Oregon and Utah"). */
    private static final double LIST_AGREEMENT = 2.0;

    final String key;
    final Toponym first;
    final List<Toponym> occurrences = new ArrayList<>(2);
    /** Kinds of place that generic words around an occurrence name ("the state of X"). */
    final java.util.EnumSet<Feature> kindWords = java.util.EnumSet.noneOf(Feature.class);
    /** Other names listed with this one ("Ohio, Oregon and Utah"). */
    final List<Reading> siblings = new ArrayList<>(0);
    GazetteerEntry[] entries;
    boolean[] alternate;
    double[] prior;
    double[] score;
    int best = -1;
    double margin;

    Reading(String key, Toponym first) {
        this.key = key;
        this.first = first;
    }

    void set(GazetteerEntry[] e, boolean[] alt) {
        entries = e;
        alternate = alt;
        prior = new double[e.length];
        score = new double[e.length];
    }

    void pickBest(double[] values) {
        best = -1;
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > top) {
                second = top;
                top = values[i];
                best = i;
            } else if (values[i] > second) {
                second = values[i];
            }
        }
        margin = best < 0 ? 0 : second == Double.NEGATIVE_INFINITY ? 3 : top - second;
    }

    double focusWeight() {
        return occurrences.size() * (first.isDemonym() ? 0.5 : 1.0) * confidence();
    }

    /** 0.3 .. 1: how much this reading's current choice should steer the others. */
    double confidence() {
        return 0.3 + 0.7 * Math.min(1, margin / 3);
    }

    void rescore(Focus focus, List<Reading> all, List<Cue> cues, Gazetteer gazetteer) {
        for (int c = 0; c < entries.length; c++) {
            GazetteerEntry e = entries[c];
            double s = prior[c];
            if (e.feature() != Feature.COUNTRY && e.feature() != Feature.REGION) {
                s += COUNTRY_FOCUS * focus.country(e, this);
                if (e.feature() != Feature.ADMIN1) {
                    s += ADMIN1_FOCUS * focus.admin1(e, this);
                }
            }
            if (e.feature() == Feature.COUNTRY && focus.total() > 0) {
                s -= LONE_COUNTRY * (1 - focus.country(e, this));
            }
            s += context(e, all);
            if (kindWords.contains(e.feature())) {
                s += KIND_WORD;
            }
            s += LIST_AGREEMENT * listAgreement(e);
            for (Cue cue : cues) {
                if (cue.inner() == this && cue.outer() != this && cue.outer().best >= 0) {
                    GazetteerEntry outer = cue.outer().entries[cue.outer().best];
                    s += fits(e, outer, cue.near()) ? 4.0 : -0.5;
                } else if (cue.outer() == this && cue.inner() != this && cue.inner().best >= 0) {
                    // the container is whatever contains the inner's candidates best
                    double fit = 0;
                    for (GazetteerEntry inner : cue.inner().entries) {
                        if (fits(inner, e, cue.near())) {
                            fit = 3.0;
                            break;
                        }
                    }
                    s += fit;
                }
            }
            score[c] = s;
        }
    }

    /** Weighted share of the listed names whose current choice is of this kind and, below a country, country. */
    private double listAgreement(GazetteerEntry e) {
        double agree = 0;
        double total = 0;
        for (Reading o : siblings) {
            if (o.best < 0) {
                continue;
            }
            GazetteerEntry c = o.entries[o.best];
            double w = o.confidence();
            total += w;
            boolean sameKind = c.feature() == e.feature();
            boolean sameCountry = e.feature() == Feature.COUNTRY || e.feature() == Feature.REGION
                    || (e.country() != null && e.country().equals(c.country()))
                    || capital(e) && capital(c); // "Washington and London", "Moscow and Beijing": capitals of many
            if (capital(e) != capital(c) && (capital(e) || capital(c))) {
                sameKind = false; // a capital and a town are not listed as one kind
            }
            if (sameKind && sameCountry) {
                agree += w;
            }
        }
        return total == 0 ? 0 : agree / total;
    }

    /** A country's capital (GeoNames PPLC). */
    static boolean capital(GazetteerEntry e) {
        return "PPLC".equals(e.featureCode());
    }

    /** Closeness to the other places the article names. */
    private double context(GazetteerEntry e, List<Reading> all) {
        double s = 0;
        boolean local = e.feature().ordinal() >= Feature.ADMIN2.ordinal();
        double nearest = Double.MAX_VALUE;
        for (Reading r : all) {
            if (r == this || r.best < 0 || r.first.isDemonym()) {
                continue;
            }
            GazetteerEntry o = r.entries[r.best];
            if (o == e) {
                continue;
            }
            double w = r.confidence();
            if (o.feature() == Feature.ADMIN1 || o.feature() == Feature.ADMIN2) {
                if (e.within(o)) {
                    s += 1.2 * w;
                } else if (o.within(e)) {
                    s += 0.8 * w;
                }
            } else if (o.feature().ordinal() >= Feature.CITY.ordinal()) {
                if (local) {
                    nearest = Math.min(nearest, e.distanceKm(o));
                } else if (o.within(e)) {
                    s += 0.8 * w;
                }
            }
        }
        if (nearest < 50) {
            s += 1.5;
        } else if (nearest < 150) {
            s += 0.8;
        }
        if (local) {
            s += Math.min(2.0, cluster(e, all));
        }
        return s;
    }

    /** Support from other names that could be places close to this candidate, whatever they resolve to now. */
    private double cluster(GazetteerEntry e, List<Reading> all) {
        double support = 0;
        for (Reading r : all) {
            if (r == this || r.first.isDemonym() || r.entries.length == 0 || r.entries.length > 80) {
                continue;
            }
            for (GazetteerEntry o : r.entries) {
                if (o.feature().ordinal() < Feature.ADMIN2.ordinal() || o == e) {
                    continue;
                }
                if (Math.abs(o.lat() - e.lat()) < 0.5 && Math.abs(o.lon() - e.lon()) < 0.8
                        && e.distanceKm(o) < 40) {
                    support += 0.7;
                    break;
                }
            }
        }
        return support;
    }

    private static boolean fits(GazetteerEntry inner, GazetteerEntry outer, boolean near) {
        if (near) {
            return inner.distanceKm(outer) < 150;
        }
        if (inner.within(outer)) {
            return true;
        }
        return outer.feature().ordinal() >= Feature.CITY.ordinal()
                && inner.feature().ordinal() >= Feature.CITY.ordinal() && inner.distanceKm(outer) < 30;
    }
}
