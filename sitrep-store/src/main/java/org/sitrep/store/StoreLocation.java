package org.sitrep.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the store lives, parsed from what a user types after {@code --db}: a file path (an embedded
 * DuckDB database, created on first use), {@code postgresql://user:password@host:port/db}, or a JDBC URL
 * ({@code jdbc:duckdb:...}, {@code jdbc:postgresql://...}).
 *
 * @param dialect the database kind
 * @param jdbcUrl the URL handed to the driver
 * @param display how messages name the database: the file path, or the server URL without a password
 * @param file    the database file for DuckDB, else null
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, String display, Path file) {

    /** The default embedded database in the working directory. */
    public static final String DEFAULT_FILE = "sitrep.duckdb";

    public static StoreLocation parse(String text) {
        if (text == null || text.isBlank()) {
            text = DEFAULT_FILE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Dialect.POSTGRESQL, text, withoutPassword(text.substring(5)), null);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return fromPostgresUri(text);
        }
        String path = lower.startsWith("jdbc:duckdb:") ? text.substring("jdbc:duckdb:".length()) : text;
        if (path.isEmpty() || path.startsWith(":memory:")) {
            return new StoreLocation(Dialect.DUCKDB, "jdbc:duckdb:", ":memory:", null);
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        return new StoreLocation(Dialect.DUCKDB, "jdbc:duckdb:" + file, path, file);
    }

    public static StoreLocation duckDb(Path file) {
        return parse(file.toString());
    }

    private static StoreLocation fromPostgresUri(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new StoreException(withoutPassword(text), "not a valid PostgreSQL URL (postgresql://user:password@host:port/database)");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new StoreException(withoutPassword(text), "a PostgreSQL URL needs a host and a database: postgresql://user:password@host:port/database");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(uri.getPath());
        String query = uri.getRawQuery();
        StringBuilder params = new StringBuilder(query == null ? "" : query);
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            appendParam(params, "user", decode(user));
            if (colon >= 0) {
                appendParam(params, "password", decode(userInfo.substring(colon + 1)));
            }
        }
        if (params.length() > 0) {
            jdbc.append('?').append(params);
        }
        return new StoreLocation(Dialect.POSTGRESQL, jdbc.toString(), withoutPassword(text), null);
    }

    private static void appendParam(StringBuilder params, String key, String value) {
        if (params.length() > 0) {
            params.append('&');
        }
        params.append(key).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with any password (in the user-info part or a password= parameter) masked. */
    static String withoutPassword(String url) {
        String masked = url.replaceAll("(//[^:/@?]+):[^@/?]*@", "$1:***@");
        return masked.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return display;
    }
}
