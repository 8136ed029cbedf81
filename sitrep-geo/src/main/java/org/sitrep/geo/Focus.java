package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where the article's places lie, by country and first-level division. */
record Focus(Map<String, Double> countries, Map<String, Double> admin1s, double total) {
    static Focus of(List<Reading> readings) {
        Map<String, Double> countries = new HashMap<>();
        Map<String, Double> admin1s = new HashMap<>();
        double total = 0;
        for (Reading r : readings) {
            if (r.best < 0) {
                continue;
            }
            GazetteerEntry e = r.entries[r.best];
            if (e.country() == null) {
                continue;
            }
            double w = r.focusWeight();
            countries.merge(e.country(), w, Double::sum);
            if (e.admin1() != null && e.feature().ordinal() >= Feature.ADMIN1.ordinal()) {
                admin1s.merge(e.country() + "." + e.admin1(), w, Double::sum);
            }
            total += w;
        }
        return new Focus(countries, admin1s, total);
    }

    /** Share of the other readings' weight in the candidate's country (the reading's own left out). */
    double country(GazetteerEntry e, Reading self) {
        double own = self.focusWeight();
        GazetteerEntry mine = self.best < 0 ? null : self.entries[self.best];
        double rest = total - (mine != null && mine.country() != null ? own : 0);
        if (rest <= 0 || e.country() == null) {
            return 0;
        }
        double w = countries.getOrDefault(e.country(), 0.0);
        if (mine != null && e.country().equals(mine.country())) {
            w -= own;
        }
        return Math.max(0, w) / rest;
    }

    double admin1(GazetteerEntry e, Reading self) {
        double own = self.focusWeight();
        GazetteerEntry mine = self.best < 0 ? null : self.entries[self.best];
        double rest = total - (mine != null && mine.country() != null ? own : 0);
        if (rest <= 0 || e.admin1() == null) {
            return 0;
        }
        String key = e.country() + "." + e.admin1();
        double w = admin1s.getOrDefault(key, 0.0);
        if (mine != null && mine.admin1() != null && mine.feature().ordinal() >= Feature.ADMIN1.ordinal()
                && key.equals(mine.country() + "." + mine.admin1())) {
            w -= own;
        }
        return Math.max(0, w) / rest;
    }
}
