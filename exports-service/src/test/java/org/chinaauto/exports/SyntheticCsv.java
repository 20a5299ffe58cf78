package org.chinaauto.exports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.function.IntFunction;

/**
 * A synthetic load body, generated as it is read so that a large batch is never held in the test's memory either.
 * Row {@code i} is CSV line {@code i + 2}. Figures are grouped in breakdowns: breakdown {@code k} is the month
 * {@code k % months} from 1901-01 of publisher {@code <prefix>001}, {@code <prefix>002}, ... (one per
 * {@code months} breakdowns), powertrain all, definition syn-def.
 */
final class SyntheticCsv extends InputStream {

    static final YearMonth FIRST = YearMonth.of(1901, 1);
    /** The empty cells after the value. */
    static final String REST = ",".repeat(ExportsTestSupport.COLUMNS.size() - 6);

    private final int rows;
    private final IntFunction<String> line;
    private byte[] current = ExportsTestSupport.HEADER.getBytes(StandardCharsets.UTF_8);
    private int position;
    private int next;

    /** {@code rows} rows, each as {@code line} makes it. */
    SyntheticCsv(int rows, IntFunction<String> line) {
        this.rows = rows;
        this.line = line;
    }

    /** One figure per breakdown (row i is breakdown i) for {@code destination}, of {@code value(i)}. */
    static SyntheticCsv figures(String prefix, int rows, int months, String destination, IntFunction<String> value) {
        return new SyntheticCsv(rows, i -> row(prefix, i, months, destination, value.apply(i)));
    }

    /** A figure of breakdown {@code k}, the other columns empty. */
    static String row(String prefix, int k, int months, String destination, String value) {
        return "all," + destination + "," + FIRST.plusMonths(k % months) + "," + publisher(prefix, k, months)
                + ",syn-def," + value + REST + "\n";
    }

    static String publisher(String prefix, int k, int months) {
        return prefix + String.format("%03d", k / months + 1);
    }

    @Override
    public int read() {
        if (position == current.length) {
            if (next == rows) {
                return -1;
            }
            current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return current[position++] & 0xff;
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
