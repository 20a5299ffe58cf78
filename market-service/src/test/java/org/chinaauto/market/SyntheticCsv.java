package org.chinaauto.market;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.function.IntFunction;

/**
 * A synthetic load body (publishers {@code <prefix>001}, ...; months from 1901-01), generated as it is read so
 * that a large batch is never held in the test's memory either. Row {@code i} is CSV line {@code i + 2}.
 */
final class SyntheticCsv extends InputStream {

    static final YearMonth FIRST = YearMonth.of(1901, 1);

    private final int rows;
    private final int months;
    private final IntFunction<String> line;
    private byte[] current = MarketTestSupport.HEADER.getBytes(StandardCharsets.UTF_8);
    private int position;
    private int next;

    /** {@code rows} rows, {@code months} months per publisher, each row as {@code line} makes it. */
    SyntheticCsv(int rows, int months, IntFunction<String> line) {
        this.rows = rows;
        this.months = months;
        this.line = line;
    }

    /** Sales of all vehicles of {@code value(i)} for row i, the rest of the columns empty. */
    static SyntheticCsv sales(String prefix, int rows, int months, IntFunction<String> value) {
        return new SyntheticCsv(rows, months, i -> "sales,all," + month(i, months) + "," + publisher(prefix, i, months) + ","
                + value.apply(i) + MarketTestSupport.REST + "\n");
    }

    static String publisher(String prefix, int i, int months) {
        return prefix + String.format("%03d", i / months + 1);
    }

    static YearMonth month(int i, int months) {
        return FIRST.plusMonths(i % months);
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
