package org.sitrep.server;

import io.javalin.http.Context;

/** Shared bits of the API: its path prefix and how a JSON body is sent. */
final class Api {
    static final String PREFIX = "/api/v1";

    private Api() {
    }

    static void json(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(ApiJson.bytes(node));
    }

    static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        json(ctx, ApiJson.error(message, parameter));
    }
}
