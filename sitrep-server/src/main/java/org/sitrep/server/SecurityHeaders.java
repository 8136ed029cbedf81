package org.sitrep.server;

import io.javalin.http.Context;

/**
 * Headers on every response: a Content-Security-Policy that allows only this origin's scripts, styles and
 * images (no inline script, nothing from elsewhere), no MIME sniffing, no framing, no referrer. No CORS
 * headers are ever sent, so other origins' pages cannot read the API.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", ctx.path().startsWith(Api.PREFIX) ? "no-store" : "no-cache");
    }
}
