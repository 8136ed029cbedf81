package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks {@code Authorization: Bearer <token>} in constant time: both sides are hashed with SHA-256 and the
 * digests compared with {@link MessageDigest#isEqual}, so neither the token's length nor its prefix leaks
 * through timing. The token is never logged or echoed.
 */
final class TokenCheck {
    private final byte[] expected;

    /** @param token the token, or null when the server has none (then every write is refused) */
    TokenCheck(String token) {
        this.expected = token == null ? null : sha256(token);
    }

    /** Throws a 401 unless the header carries the token. */
    void require(String authorization) {
        if (expected == null) {
            throw new ApiException(401, "Authorization", "this server was started without --token-file: writing is off");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "Authorization", "needs 'Authorization: Bearer <token>'");
        }
        byte[] given = sha256(authorization.substring(7).strip());
        if (!MessageDigest.isEqual(expected, given)) {
            throw new ApiException(401, "Authorization", "wrong token");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
