package org.sitrep.geo.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.Feature;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerEntry;

/**
 * The gazetteer's populated place nearest to a point, by a one-degree grid over the cities: tells which
 * country and first-level division a gold point lies in, without boundary data.
 */
final class NearestPlace {
    /** Farther than this, no place vouches for the point's country. */
    static final double MAX_KM = 500;
    private final Map<Long, List<GazetteerEntry>> cells = new HashMap<>();

    NearestPlace(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries(Feature.CITY)) {
            if (e.country() != null) {
                cells.computeIfAbsent(cell((int) Math.floor(e.lat()), (int) Math.floor(e.lon())),
                        k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The nearest city within {@link #MAX_KM}, or null. */
    GazetteerEntry near(double lat, double lon) {
        int row = (int) Math.floor(lat);
        int col = (int) Math.floor(lon);
        GazetteerEntry best = null;
        double bestKm = MAX_KM;
        for (int ring = 0; ring <= 6; ring++) {
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = col - ring; c <= col + ring; c++) {
                    if (Math.max(Math.abs(r - row), Math.abs(c - col)) != ring) {
                        continue; // only the ring's border: inner cells were searched already
                    }
                    int wrapped = Math.floorMod(c + 180, 360) - 180;
                    for (GazetteerEntry e : cells.getOrDefault(cell(r, wrapped), List.of())) {
                        double km = e.distanceKm(lat, lon);
                        if (km < bestKm) {
                            bestKm = km;
                            best = e;
                        }
                    }
                }
            }
            if (best != null && bestKm < ring * 55.0) {
                break; // no cell of a wider ring can hold anything nearer
            }
        }
        return best;
    }

    /** Whether the point lies in the country or first-level division {@code area}, judged by its nearest city. */
    boolean inside(GazetteerEntry area, double lat, double lon) {
        if (area == null || area.country() == null
                || area.feature() != Feature.COUNTRY && area.feature() != Feature.ADMIN1) {
            return false;
        }
        GazetteerEntry near = near(lat, lon);
        if (near == null || !area.country().equals(near.country())) {
            return false;
        }
        return area.feature() == Feature.COUNTRY || area.admin1() != null && area.admin1().equals(near.admin1());
    }

    private static long cell(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }
}
