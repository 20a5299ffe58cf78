package org.chinaauto.market;

import java.time.YearMonth;
import java.util.function.IntFunction;

import org.chinaauto.local.GeneratedCsv;

/**
 * A synthetic load body (publishers {@code <prefix>001}, ...; months from 1901-01), generated as it is read so
 * that a large batch is never held in the test's memory either. Row {@code i} is CSV line {@code i + 2}.
 */
final class SyntheticCsv extends GeneratedCsv {

    static final YearMonth FIRST = YearMonth.of(1901, 1);

    /** {@code rows} rows, each as {@code line} makes it. */
    SyntheticCsv(int rows, IntFunction<String> line) {
        super(MarketTestSupport.HEADER, rows, line);
    }

    /** Sales of all vehicles of {@code value(i)} for row i, the rest of the columns empty. */
    static SyntheticCsv sales(String prefix, int rows, int months, IntFunction<String> value) {
        return new SyntheticCsv(rows, i -> "sales,all," + month(i, months) + "," + publisher(prefix, i, months) + ","
                + value.apply(i) + MarketTestSupport.REST + "\n");
    }

    static String publisher(String prefix, int i, int months) {
        return prefix + String.format("%03d", i / months + 1);
    }

    static YearMonth month(int i, int months) {
        return FIRST.plusMonths(i % months);
    }
}
