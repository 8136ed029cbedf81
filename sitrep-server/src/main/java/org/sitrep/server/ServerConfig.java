package org.sitrep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.sitrep.store.StoreLocation;

/**
 * How {@code sitrep serve} runs.
 *
 * @param db          the store
 * @param bind        address to listen on (loopback unless a token is set)
 * @param port        TCP port, 0 for any free one
 * @param token       the bearer token write requests must carry, or null (then nothing can be written)
 * @param maxBody     largest request body accepted, in bytes
 * @param connections database connections for reading
 */
public record ServerConfig(StoreLocation db, String bind, int port, String token, long maxBody, int connections) {
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: " + port + " is not a TCP port (0-65535)");
        }
        if (maxBody < 1) {
            throw new IllegalArgumentException("--max-body: must be at least 1 byte");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections: at least 1");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("--token-file: the file holds no token");
        }
        if (token == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("--bind " + bind + ": serving beyond this machine needs --token-file");
        }
    }

    public static ServerConfig loopback(StoreLocation db, int port, String token) {
        return new ServerConfig(db, "127.0.0.1", port, token, DEFAULT_MAX_BODY, 4);
    }

    /** True for a loopback address or a name that resolves only to loopback addresses. */
    static boolean isLoopback(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: cannot resolve '" + host + "'");
        }
    }
}
