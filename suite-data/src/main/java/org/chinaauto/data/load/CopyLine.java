package org.chinaauto.data.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * One staged row as a line of PostgreSQL's COPY in CSV format: its line number in the batch, then its values; null is
 * an empty unquoted cell (COPY's NULL), text is always quoted (so that an empty text stays an empty text), numbers are
 * written in full (no exponent), constants by their names.
 */
final class CopyLine {

    private CopyLine() {
    }

    static void write(Writer out, int line, Object[] values) {
        try {
            out.write(Integer.toString(line));
            for (Object v : values) {
                out.write(',');
                if (v == null) {
                    continue;
                }
                if (v instanceof BigDecimal d) {
                    out.write(d.toPlainString());
                } else if (v instanceof Enum<?> e) {
                    out.write(e.name());
                } else if (v instanceof String s) {
                    out.write('"');
                    out.write(s.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v.toString());
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
