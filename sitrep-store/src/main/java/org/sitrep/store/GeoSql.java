package org.sitrep.store;

/**
 * Great-circle distance in plain, portable SQL (the haversine formula), so neither database needs a
 * spatial extension. The expression takes three parameters: latitude, latitude, longitude of the
 * reference point.
 */
public final class GeoSql {
    /** Mean Earth radius in km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoSql() {
    }

    /** Distance in km from the point given by three parameters (lat, lat, lon) to the row's coordinates. */
    public static String haversineKm(String latColumn, String lonColumn) {
        return "(2 * " + EARTH_RADIUS_KM + " * asin(sqrt(least(1.0, "
                + "power(sin(radians(" + latColumn + " - ?) / 2), 2)"
                + " + cos(radians(?)) * cos(radians(" + latColumn + "))"
                + " * power(sin(radians(" + lonColumn + " - ?) / 2), 2)))))";
    }

    /** The same formula in Java, for checks and synthetic data; the store itself computes in SQL. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }
}
