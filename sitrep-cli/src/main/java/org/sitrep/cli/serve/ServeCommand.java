package org.sitrep.cli.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.cli.NlpMixin;
import org.sitrep.runtime.StandardPipeline;
import org.sitrep.cli.store.DbOption;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.server.LazyCoder;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the store over HTTP, an API under /api/v1 and a dashboard at /, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the event store over HTTP: a JSON API under /api/v1 (see docs/api.md) and a dashboard at /.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGTERM or Ctrl-C", "2:bad option value", "1:the database or the port failed"})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default ${DEFAULT-VALUE}; "
            + "anything but loopback needs --token-file)")
    String bind = "127.0.0.1";

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free port)")
    int port = 8080;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file whose first line is the bearer token that POST /api/v1/articles needs")
    Path tokenFile;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "largest request body (default ${DEFAULT-VALUE})")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY;

    @Mixin
    NlpMixin nlp;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            nlp.validate();
            String token = token();
            config = new ServerConfig(token == null ? db.existing() : db.location(), bind, port, token, maxBody, 4);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: serve: " + e.getMessage());
            return 2;
        }
        LazyCoder coder = new LazyCoder(() -> {
            Pipeline pipeline = StandardPipeline.lazy(nlp.nlpOptions());
            return pipeline::run;
        });
        SitrepServer server;
        try {
            server = SitrepServer.start(config, coder);
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            System.err.println("sitrep: serve: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("sitrep: serve: stopping");
            server.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        System.out.println("sitrep: serving " + config.db().display() + " at " + server.url()
                + (config.token() == null ? " (read-only: no --token-file)" : ""));
        System.out.flush();
        stopped.await();
        return 0;
    }

    private String token() {
        if (tokenFile == null) {
            return null;
        }
        try {
            String first = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IllegalArgumentException("--token-file " + tokenFile + ": the file holds no token");
            }
            return first;
        } catch (IOException e) {
            throw new IllegalArgumentException("--token-file " + tokenFile + ": cannot read it (" + e.getMessage() + ")");
        }
    }
}
