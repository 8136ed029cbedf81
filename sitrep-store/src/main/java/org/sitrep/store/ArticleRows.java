package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;

/** Reads one article's stored quotes and places back into records, in their stored order. */
final class ArticleRows {
    private ArticleRows() {
    }

    /** Published date, source, URL and title of each of these articles, by id. */
    static java.util.Map<String, Object[]> headers(Connection c, List<String> ids) throws SQLException {
        java.util.Map<String, Object[]> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, published, source, url, title, origin FROM articles"
                + " WHERE article_id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                p.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Object[] {EventRows.date(r, "published"), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)});
                }
            }
        }
        return out;
    }

    static List<Quote> quotes(Connection c, String articleId) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT quote_text, start_offset, end_offset, speaker_text,"
                + " speaker_name, speaker_code, speaker_country, speaker_role, speaker_affiliation, speaker_patron"
                + " FROM quotes WHERE article_id = ? ORDER BY ordinal")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Actor speaker = r.getString(4) == null && r.getString(5) == null && r.getString(6) == null ? null
                            : new Actor(r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                    r.getString(9), r.getString(10));
                    out.add(new Quote(r.getString(1), r.getInt(2), r.getInt(3), speaker));
                }
            }
        }
        return out;
    }

    static List<Place> places(Connection c, String articleId) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT place_text, start_offset, end_offset, name, geonames_id,"
                + " lat, lon, country, admin1, feature, kind FROM places WHERE article_id = ? ORDER BY ordinal")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long g = r.getLong(5);
                    Long geonamesId = r.wasNull() ? null : g;
                    double lat = r.getDouble(6);
                    Double la = r.wasNull() ? null : lat;
                    double lon = r.getDouble(7);
                    Double lo = r.wasNull() ? null : lon;
                    out.add(new Place(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), geonamesId, la, lo,
                            r.getString(8), r.getString(9), r.getString(10), r.getString(11)));
                }
            }
        }
        return out;
    }
}
