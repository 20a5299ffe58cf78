package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period phrases of the kind reports use, resolved against the report's month; sentences written for the test. */
class PeriodPhraseTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            output passed 31 million units in the first 11 months       | 2025-12 | 2025-01/2025-11 | first 11 months
            in the first eleven months of last year                     | 2026-01 | 2025-01/2025-11 | first eleven months of last year
            the alliance delivered 81,864 vehicles last month            | 2025-12 | 2025-11         | last month
            in the first half of this year, sales grew                  | 2023-07 | 2023-H1         | first half of this year
            from January to August, production rose                     | 2025-10 | 2025-01/2025-08 | January to August
            January-August output                                       | 2025-10 | 2025-01/2025-08 | January-August
            Between January and November, retail sales came to         | 2023-12 | 2023-01/2023-11 | Between January and November
            full-year 2024 exports reached 5.86 million                 | 2025-12 | 2024            | full-year 2024
            its November deliveries came to 70,327                      | 2025-12 | 2025-11         | November
            in Q3 sales rose                                            | 2025-11 | 2025-Q3         | Q3
            前11个月，产销均超过3100万辆                                  | 2025-12 | 2025-01/2025-11 | 前11个月
            2025年1-8月新能源汽车产量                                      | 2025-10 | 2025-01/2025-08 | 2025年1-8月
            上半年新能源汽车销量                                           | 2023-07 | 2023-H1         | 上半年
            去年出口586万辆                                               | 2025-12 | 2024            | 去年
            11月交付新车                                                  | 2025-12 | 2025-11         | 11月
            """)
    void resolvesAPeriodPhraseAgainstTheReportsMonth(String words, YearMonth published, String period, String phrase) {
        PeriodPhrase.Resolution r = PeriodPhrase.resolve(words, 0, 0, published);
        assertThat(r.period()).hasToString(period);
        assertThat(r.phrase()).isEqualTo(phrase);
    }

    @Test
    void thePhraseNearestTheFigureWins() {
        String words = "Exports reached 5.86 million in 2024, and production 31.23 million in the first 11 months.";
        YearMonth published = YearMonth.of(2025, 12);
        assertThat(resolve(words, "5.86 million", published).period()).hasToString("2024");
        assertThat(resolve(words, "31.23 million", published).period()).hasToString("2025-01/2025-11");
    }

    @Test
    void wordsWithoutAPeriodGiveNoneAndSayWhy() {
        // "may" is mostly a verb, and "H2:" a heading
        PeriodPhrase.Resolution r = PeriodPhrase.resolve("H2: sales may rise further", 0, 5, YearMonth.of(2025, 12));
        assertThat(r.period()).isNull();
        assertThat(r.reason()).isEqualTo("the words give no period");
    }

    private static PeriodPhrase.Resolution resolve(String words, String figure, YearMonth published) {
        int start = words.indexOf(figure);
        return PeriodPhrase.resolve(words, start, start + figure.length(), published);
    }
}
