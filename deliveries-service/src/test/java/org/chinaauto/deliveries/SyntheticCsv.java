package org.chinaauto.deliveries;

import java.time.YearMonth;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.chinaauto.local.GeneratedCsv;

/**
 * A synthetic deliveries load body, generated as it is read so that a large batch is never held in the test's memory
 * either: row {@code i} is CSV line {@code i + 2}, for subject {@code syn-<tag>-001, ...} ({@code months} rows each,
 * months from 2101-01, after every other test's periods) and publisher {@code SYN<TAG>}.
 */
final class SyntheticCsv extends GeneratedCsv {

    static final YearMonth FIRST = YearMonth.of(2101, 1);
    /** The columns after deliveries, left empty. */
    static final String REST = ",,,,,,";

    /** {@code rows} rows, each as {@code line} makes it. */
    SyntheticCsv(int rows, IntFunction<String> line) {
        super(DeliveriesTestSupport.HEADER, rows, line);
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
}
