package org.sitrep.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Factuality;
import org.sitrep.store.EventQuery;

/**
 * Strict parsing of query parameters: only the names an endpoint knows, each at most once, each value checked;
 * anything else is a 400 naming the parameter. The filters are those of {@code sitrep query}.
 */
final class QueryParams {
    /** The filters of {@code sitrep query}, shared by every reading endpoint. */
    static final Set<String> FILTERS = Set.of("from", "to", "country", "actor", "cameo", "acled", "bbox",
            "factuality", "text", "since");
    static final int MAX_TEXT = 200;

    private final Map<String, List<String>> params;

    QueryParams(Map<String, List<String>> params, Set<String> allowed) {
        this.params = params;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getKey().isEmpty()) {
                continue; // "?a=1&" has an empty last pair
            }
            if (!allowed.contains(p.getKey())) {
                throw ApiException.badParameter(shorten(p.getKey()), "unknown parameter (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (p.getValue().size() > 1) {
                throw ApiException.badParameter(p.getKey(), "given more than once");
            }
        }
    }

    /** The value, or null when absent; an empty value counts as absent. */
    String get(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty() || v.get(0).isEmpty()) {
            return null;
        }
        return v.get(0);
    }

    EventQuery query() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("from", "is after 'to'");
        }
        EventQuery q = EventQuery.all().between(from, to)
                .inCountry(matching("country", "[A-Za-z]{3}", "an ISO alpha-3 country code (IRQ)"))
                .withActor(text("actor")).withCameo(matching("cameo", "[0-2][0-9]{1,3}", "a CAMEO code (two to four digits)"))
                .withAcledType(text("acled")).containing(text("text"));
        String since = get("since");
        if (since != null) {
            if (since.length() > 40) {
                throw ApiException.badParameter("since", "not a time (2024-03-14T08:00:00Z or a date)");
            }
            try {
                q = q.changedAfter(org.sitrep.store.StoreTime.parse(since));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw ApiException.badParameter("since", "'" + since + "' is not a time (2024-03-14T08:00:00Z or a date)");
            }
        }
        String bbox = get("bbox");
        if (bbox != null) {
            double[] b = bbox(bbox);
            q = q.within(b[0], b[1], b[2], b[3]);
        }
        String factuality = get("factuality");
        if (factuality != null) {
            Set<Factuality> fs = EnumSet.noneOf(Factuality.class);
            for (String f : factuality.split(",", -1)) {
                try {
                    fs.add(Factuality.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badParameter("factuality",
                            "unknown value '" + shorten(f) + "' (asserted, negated, possible, future)");
                }
            }
            q = q.withFactuality(fs);
        }
        return q;
    }

    /** An integer in [min, max], or the default when absent. */
    int integer(String name, int min, int max, int dflt) {
        String v = get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.matches("-?[0-9]{1,10}")) {
            throw ApiException.badParameter(name, "'" + shorten(v) + "' is not a whole number");
        }
        long n = Long.parseLong(v);
        if (n < min || n > max) {
            throw ApiException.badParameter(name, "must be between " + min + " and " + max);
        }
        return (int) n;
    }

    private LocalDate date(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw ApiException.badParameter(name, "'" + shorten(v) + "' is not a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + v + "' is not a valid date");
        }
    }

    private String matching(String name, String regex, String what) {
        String v = get(name);
        if (v != null && !v.matches(regex)) {
            throw ApiException.badParameter(name, "'" + shorten(v) + "' is not " + what);
        }
        return v;
    }

    private String text(String name) {
        String v = get(name);
        if (v != null && v.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        if (v != null && v.chars().anyMatch(c -> c < 0x20 || c == 0xFFFD)) {
            throw ApiException.badParameter(name, "holds control characters or invalid UTF-8");
        }
        return v == null ? null : v.strip();
    }

    private static double[] bbox(String v) {
        String[] parts = v.split(",", -1);
        if (parts.length != 4) {
            throw ApiException.badParameter("bbox", "needs four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i].strip();
            if (!p.matches("-?[0-9]{1,3}(\\.[0-9]{1,12})?")) {
                throw ApiException.badParameter("bbox", "'" + shorten(p) + "' is not a number of degrees");
            }
            b[i] = Double.parseDouble(p);
        }
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3]) {
            throw ApiException.badParameter("bbox", "must be minLon,minLat,maxLon,maxLat within -180..180 and -90..90");
        }
        return b;
    }

    /** A value cut for an error message, so a 1 MB parameter is not echoed back. */
    static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
