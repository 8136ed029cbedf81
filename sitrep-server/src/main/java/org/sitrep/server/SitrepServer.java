package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.io.EofException;
import org.sitrep.store.EventStore;
import org.sitrep.store.LockWait;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreReader;

/**
 * The HTTP server of {@code sitrep serve}: the API under {@code /api/v1}, its OpenAPI document, and the
 * dashboard from the jar's resources. Starts in well under a second (no NLP models are loaded: the coder is
 * built on the first POST); {@link #close()} stops Jetty and closes the store.
 */
public final class SitrepServer implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SitrepServer.class);
    static final String WEB = "/org/sitrep/server/web";

    private final ServerConfig config;
    private final EventStore store;
    private final StoreReader reader;
    private final Javalin app;
    private final MemoryIndex memory;

    private SitrepServer(ServerConfig config, EventStore store, StoreReader reader, Javalin app, MemoryIndex memory) {
        this.config = config;
        this.store = store;
        this.reader = reader;
        this.app = app;
        this.memory = memory;
    }

    /**
     * Opens the store (creating or migrating it), then starts listening. Without a token nothing can be written:
     * a DuckDB file is then opened read-only per request and held by no connection in between, so a {@code sitrep
     * ingest} can fill it meanwhile; with a token the server is the file's writer and holds it.
     */
    public static SitrepServer start(ServerConfig config, ArticleCoder coder) {
        if (config.token() == null) {
            if (config.db().file() != null && !java.nio.file.Files.exists(config.db().file())) {
                EventStore.open(config.db()).close(); // sitrep serve refuses that before; an API caller gets a store
            }
            StoreReader reader = StoreReader.sharing(config.db(), config.connections(), LockWait.READ_DEFAULT);
            return listen(config, coder, null, reader);
        }
        EventStore store = EventStore.open(config.db());
        StoreReader reader;
        try {
            reader = StoreReader.open(config.db(), config.connections());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return listen(config, coder, store, reader);
    }

    private static SitrepServer listen(ServerConfig config, ArticleCoder coder, EventStore store, StoreReader reader) {
        byte[] openApi = resource(WEB + "/openapi.json");
        ResultCache cache = new ResultCache();
        MemoryIndex memory = MemoryIndex.start(reader);
        ReadRoutes read = new ReadRoutes(reader, cache, memory);
        WriteRoute write = new WriteRoute(new TokenCheck(config.token()), config.maxBody(), coder, store, cache, memory);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = config.maxBody();
            cfg.http.generateEtags = false;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
            });
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.get(Api.PREFIX + "/openapi.json", ctx -> {
                ctx.contentType("application/json; charset=utf-8");
                ctx.result(openApi);
            });
            read.register(cfg.routes);
            write.register(cfg.routes);
            cfg.routes.exception(ApiException.class, (e, ctx) -> Api.error(ctx, e.status(), e.getMessage(), e.parameter()));
            cfg.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.warn("database failure on {}: {}", ctx.path(), e.getMessage());
                Api.error(ctx, 503, "the database failed: " + e.problem(), null);
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> failure(e, ctx));
            cfg.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    Api.error(ctx, 404, "not found: " + QueryParams.shorten(ctx.path()), null);
                }
            });
            cfg.routes.error(413, ctx -> Api.error(ctx, 413, "request body larger than " + config.maxBody() + " bytes", "body"));
        });
        try {
            app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            memory.close();
            reader.close();
            if (store != null) {
                store.close();
            }
            throw new IllegalStateException("cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        return new SitrepServer(config, store, reader, app, memory);
    }

    private static void failure(Exception e, Context ctx) {
        if (e instanceof UncheckedIOException || e instanceof EofException || e.getCause() instanceof EofException) {
            LOG.debug("client went away on {}", ctx.path());
            return;
        }
        if (e instanceof io.javalin.http.HttpResponseException h) {
            Api.error(ctx, h.getStatus(), h.getMessage(), null);
            return;
        }
        LOG.error("failure on {}", ctx.path(), e);
        Api.error(ctx, 500, "internal error", null);
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return String.valueOf(e.getMessage());
    }

    static byte[] resource(String path) {
        try (InputStream in = SitrepServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    /** The dashboard's URL. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port() + "/";
    }

    /** Waits until the store is held in memory (tests, the benchmark); false when it is not (PostgreSQL, failure). */
    public boolean awaitIndex(long seconds) {
        return memory.awaitReady(seconds);
    }

    @Override
    public void close() {
        app.stop();
        memory.close();
        reader.close();
        if (store != null) {
            store.close();
        }
    }
}
