package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sitrep.article.InputException;

/** Strict UTF-8 decoding with a binary-file check. */
final class TextDecoding {
    private static final int SNIFF = 8192;

    private TextDecoding() {
    }

    static String decode(byte[] bytes, String origin) throws InputException {
        int n = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                throw new InputException(origin, "binary file (contains NUL bytes), not text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(origin, "not valid UTF-8 text");
        }
    }
}
