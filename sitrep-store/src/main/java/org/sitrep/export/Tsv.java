package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * GDELT-style rows: fields separated by tabs, LF line ends, no quoting. A tab or line break inside a field
 * (an evidence sentence, a title) becomes a space, as GDELT's own files never hold them; null is empty.
 */
final class Tsv {
    private final Writer out;

    Tsv(Writer out) {
        this.out = out;
    }

    void row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(field(fields.get(i)));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
