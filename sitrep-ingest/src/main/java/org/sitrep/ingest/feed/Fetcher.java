package org.sitrep.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.sitrep.article.InputException;

/**
 * Fetches feeds and pages with the JDK HTTP client: follows redirects, asks for gzip, sends the conditional
 * headers it is given, waits the per-host delay between requests to one host, abandons a response past the
 * read timeout or the size cap, and retries connection failures, timeouts, 429 and 5xx with doubling
 * backoff. Any other failure is an {@link InputException} naming the URL. One fetcher per poller (not
 * thread-safe).
 */
public final class Fetcher {
    private final FetchPolicy policy;
    private final HttpClient client;
    private final Map<String, Long> lastRequest = new HashMap<>();

    public Fetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public FetchResponse get(String url) throws InputException {
        return get(url, null, null);
    }

    /** A GET, conditional on the ETag and Last-Modified given (either may be null). */
    public FetchResponse get(String url, String etag, String lastModified) throws InputException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InputException(url, "not a valid URL");
        }
        if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new InputException(url, "not an http(s) URL");
        }
        String problem = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) {
                sleep(policy.backoff().toMillis() << (attempt - 1));
            }
            waitForHost(uri.getHost());
            try {
                FetchResponse r = once(uri, etag, lastModified);
                int s = r.status();
                if (s == 304 || (s >= 200 && s < 300)) {
                    return r;
                }
                problem = "HTTP " + s;
                if (s != 429 && s < 500) {
                    throw new InputException(url, problem);
                }
            } catch (HttpTimeoutException | TimeoutException e) {
                problem = String.format(Locale.ROOT, "timed out (no complete response within %.1f s)",
                        policy.readTimeout().toMillis() / 1000.0).replace(".0 s", " s");
            } catch (TooLarge e) {
                throw new InputException(url, "response is over the size limit of " + policy.maxBytes() + " bytes");
            } catch (IOException e) {
                problem = "cannot connect (" + describe(e) + ")";
            }
        }
        int tries = policy.retries() + 1;
        throw new InputException(url, problem + (tries > 1 ? " after " + tries + " tries" : ""));
    }

    private FetchResponse once(URI uri, String etag, String lastModified) throws IOException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(policy.readTimeout()).GET()
                .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        long deadline = System.nanoTime() + policy.readTimeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = future.get(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
        byte[] body = readCapped(response, deadline);
        String type = response.headers().firstValue("Content-Type").orElse(null);
        return new FetchResponse(response.uri().toString(), response.statusCode(), body, type,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** The body, gunzipped if so encoded, read on a watchdog that closes the stream at the deadline. */
    private byte[] readCapped(HttpResponse<InputStream> response, long deadline) throws IOException, TimeoutException {
        InputStream raw = response.body();
        boolean[] timedOut = {false};
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                timedOut[0] = true;
                raw.close();
            } catch (InterruptedException | IOException ignored) {
                // finished in time, or already closed
            }
        }, "sitrep-fetch-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (InputStream in = gzipped(response) ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > policy.maxBytes()) {
                    throw new TooLarge();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut[0]) {
                throw new TimeoutException();
            }
            throw e;
        } finally {
            watchdog.interrupt();
        }
    }

    private static boolean gzipped(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).contains("gzip");
    }

    private void waitForHost(String host) {
        Long last = lastRequest.get(host);
        if (last != null) {
            long wait = policy.perHostDelay().toMillis() - (System.nanoTime() - last) / 1_000_000;
            if (wait > 0) {
                sleep(wait);
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.net.UnknownHostException || e.getCause() instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }

    /** A response past the size cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("over the size limit");
        }
    }
}
