package org.chinaauto.local;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * A CSV load body generated as it is read (a header line, then row {@code i} as CSV line {@code i + 2}), so that a
 * test's batch of a million rows is never held in memory: the services' scale tests build their synthetic rows on it.
 */
public class GeneratedCsv extends InputStream {

    private final int rows;
    private final IntFunction<String> line;
    private byte[] current;
    private int position;
    private int next;

    /** {@code header} with its line end, then {@code rows} lines as {@code line} makes them (each with its line end). */
    public GeneratedCsv(String header, int rows, IntFunction<String> line) {
        this.rows = rows;
        this.line = line;
        this.current = header.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (position == current.length) {
                if (next == rows) {
                    break;
                }
                current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int k = Math.min(len - n, current.length - position);
            System.arraycopy(current, position, b, off + n, k);
            position += k;
            n += k;
        }
        return n == 0 ? -1 : n;
    }
}
