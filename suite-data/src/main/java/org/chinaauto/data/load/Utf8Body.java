package org.chinaauto.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

import org.chinaauto.common.problem.InvalidInputException;

/**
 * Lets only UTF-8 bodies through to the parsers, which would otherwise take UTF-16 or UTF-32 (with or without a
 * byte-order mark) as well: a load is UTF-8, as JSON (RFC 8259) and our CSV are. A UTF-8 byte-order mark, as
 * spreadsheets write it, is fine; invalid UTF-8 further on is the parser's to report.
 */
final class Utf8Body {

    private Utf8Body() {
    }

    static InputStream of(InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 2);
        byte[] start = in.readNBytes(2);
        in.unread(start);
        boolean wide = start.length == 2 && (start[0] == 0 || start[1] == 0
                || (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF
                || (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE);
        if (wide) {
            throw new InvalidInputException("body", "The body is not UTF-8 (it starts like UTF-16 or UTF-32 text); "
                    + "send it as UTF-8. Nothing was written.");
        }
        return in;
    }
}
