package org.sitrep.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on loopback for feed tests: serves fixed responses by path, with ETag / 304 handling,
 * gzip, redirects and slow responses, and records every request (path and conditional headers).
 */
public final class NewsServer implements AutoCloseable {
    /** One response; {@code etag} non-null makes it answer 304 to a matching If-None-Match. */
    public record Reply(int status, String contentType, byte[] body, String etag, String location, boolean gzip,
                        long delayMillis) {
        public static Reply ok(String contentType, String body) {
            return new Reply(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, null, false, 0);
        }

        public static Reply status(int status) {
            return new Reply(status, "text/html", ("<html><body>status " + status + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8), null, null, false, 0);
        }

        public static Reply redirect(String location) {
            return new Reply(301, "text/html", new byte[0], null, location, false, 0);
        }

        public Reply withEtag(String tag) {
            return new Reply(status, contentType, body, tag, location, gzip, delayMillis);
        }

        public Reply gzipped() {
            return new Reply(status, contentType, body, etag, location, true, delayMillis);
        }

        public Reply slow(long millis) {
            return new Reply(status, contentType, body, etag, location, gzip, millis);
        }
    }

    /** A request as the server saw it. */
    public record Request(String path, String ifNoneMatch, String acceptEncoding, long nanos) {
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public NewsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public NewsServer put(String path, Reply reply) {
        replies.put(path, reply);
        return this;
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String inm = x.getRequestHeaders().getFirst("If-None-Match");
        requests.add(new Request(path, inm, x.getRequestHeaders().getFirst("Accept-Encoding"), System.nanoTime()));
        Reply r = replies.getOrDefault(path, Reply.status(404));
        try (x) {
            if (r.delayMillis() > 0) {
                Thread.sleep(r.delayMillis());
            }
            if (r.etag() != null) {
                x.getResponseHeaders().set("ETag", r.etag());
                if (r.etag().equals(inm)) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (r.location() != null) {
                x.getResponseHeaders().set("Location", url(r.location()));
            }
            x.getResponseHeaders().set("Content-Type", r.contentType());
            byte[] body = r.body();
            if (r.gzip()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(body);
                }
                body = out.toByteArray();
                x.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            x.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream os = x.getResponseBody()) {
                    os.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client hung up (timeout, size cap): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
