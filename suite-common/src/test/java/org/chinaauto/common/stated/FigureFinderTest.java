package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chinaauto.common.stated.FigureFinder.Found;
import org.junit.jupiter.api.Test;

/** Figures found in prose written for these tests in the manner of the reports, with their exact words and offsets. */
class FigureFinderTest {

    @Test
    void aVerbThatOverCompletesLeavesTheFigureExact() {
        String text = "Li Auto handed over 25,681 units in April, and over 20,000 units in March.";
        List<Found> found = FigureFinder.find(text);
        assertThat(found).extracting(f -> text.substring(f.start(), f.end())).containsExactly("25,681 units",
                "over 20,000 units");
        assertThat(found.get(0).figure().qualifier()).isNull();
        assertThat(found.get(1).figure().qualifier()).isNotNull();
    }

    @Test
    void findsEveryStatedFigureOfAParagraphWithItsWords() {
        String text = "Output and sales both went past 31 million units in the first 11 months, the association said. "
                + "New energy vehicles came to nearly 15 million units, growing over 31% year-on-year, and made up "
                + "40.9% of new car sales. In 2024 exports reached 5.86 million vehicles.";
        List<Found> found = FigureFinder.find(text);
        assertThat(found).extracting(f -> text.substring(f.start(), f.end())).containsExactly("31 million units",
                "nearly 15 million units", "growing over 31% year-on-year", "40.9%", "5.86 million vehicles");
        assertThat(found).extracting(f -> f.figure().text()).containsExactly("31 million units",
                "nearly 15 million units", "growing over 31% year-on-year", "40.9%", "5.86 million vehicles");
        assertThat(found).extracting(f -> f.figure().describe()).containsExactly("31000000 (precision 1000000)",
                "nearly 15000000 (precision 1000000)", "over 31 (precision 1)", "40.9 (precision 0.1)",
                "5860000 (precision 10000)");
    }

    @Test
    void codesPricesYearsAndSpansOfTimeAreNoFigures() {
        String text = "The V900 starts at ¥59,800 in 2025; H2 sales over the next 5 years and the 31-million-unit mark.";
        assertThat(FigureFinder.find(text)).isEmpty();
    }

    @Test
    void findsChineseFiguresBetweenChineseWords() {
        String text = "前11个月，新能源汽车产销近1500万辆，同比增长31.2%，出口逾600万辆。";
        assertThat(FigureFinder.find(text)).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("近1500万辆", "同比增长31.2%", "逾600万辆");
    }
}
