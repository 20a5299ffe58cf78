package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What figures in prose written for the test count, and who published them. */
class FigureMeaningTest {

    static final String REPORT = "Figures from the China Association of Automobile Manufacturers show output and sales "
            + "both past 31 million units in the first 11 months. New energy vehicles reached nearly 15 million units "
            + "in production and sales, growing over 31% year-on-year. NEV sales made up 40.9% of all new car sales. "
            + "Exports for the full year 2024 reached 5.86 million vehicles. The brand delivered 70,327 vehicles.";

    static FigureMeaning meaningOf(String text, String words) {
        return FigureFinder.find(text).stream().filter(f -> text.substring(f.start(), f.end()).equals(words))
                .findFirst().map(f -> FigureMeaning.of(text, f)).orElseThrow(() -> new AssertionError(words));
    }

    @Test
    void readsMeasuresSegmentsAndTheNamedPublisher() {
        FigureMeaning total = meaningOf(REPORT, "31 million units");
        assertThat(total.measures()).containsExactly("production", "sales");
        assertThat(total.segment()).isEqualTo("all");
        assertThat(total.publisher()).isEqualTo("CAAM");
        assertThat(total.attribution()).isEqualTo("named");

        FigureMeaning nev = meaningOf(REPORT, "nearly 15 million units");
        assertThat(nev.measures()).containsExactlyInAnyOrder("production", "sales");
        assertThat(nev.segment()).isEqualTo("nev");
        // named in another sentence of the report, not with this figure
        assertThat(nev.attribution()).isEqualTo("inferred");
        assertThat(nev.reason()).contains("names CAAM in another sentence");

        assertThat(meaningOf(REPORT, "growing over 31% year-on-year").measures()).containsExactly("growth");
        assertThat(meaningOf(REPORT, "40.9%").measures()).containsExactly("share");
        assertThat(meaningOf(REPORT, "5.86 million vehicles").measures()).containsExactly("exports");
        assertThat(meaningOf(REPORT, "70,327 vehicles").measures()).containsExactly("deliveries");
    }

    @Test
    void saysWhyWhenTheWordsGiveNoMeasureOrPublisher() {
        String text = "The app added over 200,000 users.";
        FigureMeaning users = meaningOf(text, "over 200,000");
        assertThat(users.measures()).isEmpty();
        assertThat(users.publisher()).isNull();
        assertThat(users.reason()).isEqualTo("the words around it name no measure the suite keeps; "
                + "the report names no publisher");
    }

    @Test
    void readsChineseWordsToo() {
        String text = "中国汽车工业协会数据显示，前11个月新能源汽车产销近1500万辆。";
        FigureMeaning f = meaningOf(text, "近1500万辆");
        assertThat(f.measures()).isEqualTo(List.of("production", "sales"));
        assertThat(f.segment()).isEqualTo("nev");
        assertThat(f.publisher()).isEqualTo("CAAM");
    }
}
