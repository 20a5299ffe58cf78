package org.chinaauto.deliveries;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A synthetic deliveries load body, generated as it is read so that a large batch is never held in the test's memory
 * either: row {@code i} is CSV line {@code i + 2}, for subject {@code syn-<tag>-001, ...} ({@code months} rows each,
 * months from 2101-01, after every other test's periods) and publisher {@code SYN<TAG>}.
 */
final class SyntheticCsv extends InputStream {

    static final YearMonth FIRST = YearMonth.of(2101, 1);
    /** The columns after deliveries, left empty. */
    static final String REST = ",,,,,,";

    private final int rows;
    private final IntFunction<String> line;
    private byte[] current = DeliveriesTestSupport.HEADER.getBytes(StandardCharsets.UTF_8);
    private int position;
    private int next;

    /** {@code rows} rows, each as {@code line} makes it. */
    SyntheticCsv(int rows, IntFunction<String> line) {
        this.rows = rows;
        this.line = line;
    }

    /** Deliveries of {@code value(i)} for row i, the optional columns empty. */
    static SyntheticCsv deliveries(String tag, int rows, int months, IntFunction<String> value) {
        return new SyntheticCsv(rows, i -> row(tag, i, months, value.apply(i)));
    }

    static String row(String tag, int i, int months, String deliveries) {
        return subject(tag, i / months) + "," + FIRST.plusMonths(i % months) + "," + publisher(tag) + "," + deliveries
                + REST + "\n";
    }

    /** The n-th subject (from 0) of a tag: syn-x-001, ... */
    static String subject(String tag, int n) {
        return "syn-" + tag + "-" + String.format("%03d", n + 1);
    }

    /** The first {@code count} subjects of a tag. */
    static String[] subjects(String tag, int count) {
        return IntStream.range(0, count).mapToObj(n -> subject(tag, n)).toArray(String[]::new);
    }

    static String publisher(String tag) {
        return "SYN" + tag.toUpperCase(Locale.ROOT);
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
