package org.chinaauto.exports;

import java.time.YearMonth;
import java.util.function.IntFunction;

import org.chinaauto.local.GeneratedCsv;

/**
 * A synthetic load body, generated as it is read so that a large batch is never held in the test's memory either.
 * Row {@code i} is CSV line {@code i + 2}. Figures are grouped in breakdowns: breakdown {@code k} is the month
 * {@code k % months} from 1901-01 of publisher {@code <prefix>001}, {@code <prefix>002}, ... (one per
 * {@code months} breakdowns), powertrain all, definition syn-def.
 */
final class SyntheticCsv extends GeneratedCsv {

    static final YearMonth FIRST = YearMonth.of(1901, 1);
    /** The empty cells after the value. */
    static final String REST = ",".repeat(ExportsTestSupport.COLUMNS.size() - 6);

    /** {@code rows} rows, each as {@code line} makes it. */
    SyntheticCsv(int rows, IntFunction<String> line) {
        super(ExportsTestSupport.HEADER, rows, line);
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
}
