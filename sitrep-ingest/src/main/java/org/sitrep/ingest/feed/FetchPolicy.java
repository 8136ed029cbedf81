package org.sitrep.ingest.feed;

import java.time.Duration;

/**
 * How politely and how patiently pages and feeds are fetched.
 *
 * @param connectTimeout  time allowed to open a connection
 * @param readTimeout     time allowed for the whole response, headers and body
 * @param maxBytes        a response (after gzip is undone) larger than this is abandoned
 * @param retries         further tries after a connection failure, a timeout, HTTP 429 or 5xx
 * @param backoff         wait before the first retry; doubled for each further one
 * @param perHostDelay    least time between two requests to the same host
 * @param userAgent       the User-Agent header
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int retries,
                          Duration backoff, Duration perHostDelay, String userAgent) {
    public static FetchPolicy defaults(long maxBytes) {
        return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), maxBytes, 2, Duration.ofSeconds(2),
                Duration.ofSeconds(1), "sitrep/0.1 (event data feed reader)");
    }
}
