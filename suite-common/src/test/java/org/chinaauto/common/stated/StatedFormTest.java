package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.stated.StatedFigure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form the issue lists, and the seed reports' stated figures, read into value, qualifier, precision and bounds. */
class StatedFormTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            31.23 million                | LEVEL    | 31230000 | -             | 10000   | 31225000 | 31235000
            nearly 15 million            | LEVEL    | 15000000 | NEARLY        | 1000000 | 14000000 | 15000000
            over 9.625 million           | LEVEL    | 9625000  | OVER          | 1000    | 9625000  | 9626000
            more than 12.88 million      | LEVEL    | 12880000 | OVER          | 10000   | 12880000 | 12890000
            exceeded 6.4 million         | LEVEL    | 6400000  | OVER          | 100000  | 6400000  | 6500000
            surpassing 2 million         | LEVEL    | 2000000  | OVER          | 1000000 | 2000000  | 3000000
            approximately 14.04 million  | LEVEL    | 14040000 | APPROXIMATELY | 10000   | 14035000 | 14045000
            about 3 million              | LEVEL    | 3000000  | APPROXIMATELY | 1000000 | 2500000  | 3500000
            up to 200,000                | LEVEL    | 200000   | AT_MOST       | -       | -        | 200000
            below 1.5 million            | LEVEL    | 1500000  | AT_MOST       | 100000  | -        | 1500000
            534,000                      | LEVEL    | 534000   | -             | -       | 534000   | 534000
            1.08 million units           | LEVEL    | 1080000  | -             | 10000   | 1075000  | 1085000
            81,864 vehicles              | LEVEL    | 81864    | -             | -       | 81864    | 81864
            40.9%                        | PERCENT  | 40.9     | -             | 0.1     | 40.85    | 40.95
            40.9 percent                 | PERCENT  | 40.9     | -             | 0.1     | 40.85    | 40.95
            over 31%                     | PERCENT  | 31       | OVER          | 1       | 31       | 32
            up 37.3% year-on-year        | CHANGE   | 37.3     | -             | 0.1     | 37.25    | 37.35
            down 5.5 percent             | CHANGE   | -5.5     | -             | 0.1     | -5.55    | -5.45
            127.93% year on year         | CHANGE   | 127.93   | -             | 0.01    | 127.925  | 127.935
            nearly fivefold              | MULTIPLE | 5        | NEARLY        | 1       | 4        | 5
            5-fold                       | MULTIPLE | 5        | -             | 1       | 4.5      | 5.5
            doubled                      | MULTIPLE | 2        | -             | -       | 2        | 2
            3123.1万辆                    | LEVEL    | 31231000 | -             | 1000    | 31230500 | 31231500
            近1500万辆                    | LEVEL    | 15000000 | NEARLY        | 10000   | 14990000 | 15000000
            超过1000万辆                  | LEVEL    | 10000000 | OVER          | 10000   | 10000000 | 10010000
            逾600万辆                     | LEVEL    | 6000000  | OVER          | 10000   | 6000000  | 6010000
            约3.5万辆                     | LEVEL    | 35000    | APPROXIMATELY | 1000    | 34500    | 35500
            1500多万辆                    | LEVEL    | 15000000 | OVER          | 1000000 | 15000000 | 16000000
            1.2亿                         | LEVEL    | 120000000| -             | 10000000| 115000000| 125000000
            不到20万辆                    | LEVEL    | 200000   | AT_MOST       | 10000   | -        | 200000
            同比增长37.3%                 | CHANGE   | 37.3     | -             | 0.1     | 37.25    | 37.35
            下降5.5%                      | CHANGE   | -5.5     | -             | 0.1     | -5.55    | -5.45
            """)
    void readsEveryStatedForm(String text, Kind kind, BigDecimal value, Qualifier qualifier, BigDecimal precision,
            BigDecimal low, BigDecimal high) {
        StatedFigure f = StatedForm.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.qualifier()).isEqualTo(qualifier);
        if (precision == null) {
            assertThat(f.precision()).isNull();
        } else {
            assertThat(f.precision()).isEqualByComparingTo(precision);
        }
        if (f.kind() == Kind.LEVEL || f.qualifier() != null || f.precision() != null) {
            assertBound(f.bounds().low(), low);
            assertBound(f.bounds().high(), high);
        }
    }

    private static void assertBound(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "core export markets in 2024 included Russia, Mexico, and the UAE",
            "a new monthly high", "million", "over", "15 million in 2024", "nearly 15 million vehicles sold" })
    void aTextThatIsNotAStatedFigureAsAWholeIsNone(String text) {
        assertThat(StatedForm.parse(text)).isEmpty();
    }

    @Test
    void aStatedAsTextGivesEveryFormOfItsFigure() {
        List<StatedFigure> forms = StatedForm.forms("exceeded 6.4 million; also nearly 6.41 million");
        assertThat(forms).extracting(StatedFigure::describe)
                .containsExactly("over 6400000 (precision 100000)", "nearly 6410000 (precision 10000)");
        assertThat(StatedForm.forms("over 9.625 million (headline: over 9.6 million)"))
                .extracting(StatedFigure::describe)
                .containsExactly("over 9625000 (precision 1000)", "over 9600000 (precision 100000)");
        // a figure given in other words after a plain description is none
        assertThat(StatedForm.forms("core export markets in 2024 included Russia; 2 million")).isEmpty();
    }

    @Test
    void valuesGivenBesideAStatedFormAgreeOnlyWhenTheySayTheSame() {
        StatedFigure nearly = StatedForm.parse("nearly 15 million").orElseThrow();
        assertThat(nearly.agrees(new BigDecimal("15000000"), Qualifier.NEARLY, new BigDecimal("1000000"))).isTrue();
        assertThat(nearly.agrees(new BigDecimal("15000000"), Qualifier.NEARLY, null)).isTrue();
        assertThat(nearly.agrees(new BigDecimal("15000000"), null, null)).isFalse();
        assertThat(nearly.agrees(new BigDecimal("14000000"), Qualifier.NEARLY, null)).isFalse();
        assertThat(nearly.agrees(new BigDecimal("15000000"), Qualifier.NEARLY, new BigDecimal("10000"))).isFalse();
    }

    @Test
    void typographicFormsAreReadLikePlainOnes() {
        assertThat(StatedForm.parse("Up 37.3 % year\u2011on\u2011year.")).map(StatedFigure::kind).contains(Kind.CHANGE);
        assertThat(StatedForm.parse("Up 37.3% year-on-year.")).map(StatedFigure::value).contains(new BigDecimal("37.3"));
        assertThat(StatedForm.parse("NEARLY\u00a015 MILLION")).map(StatedFigure::qualifier).contains(Qualifier.NEARLY);
        assertThat(StatedForm.parse("40.9％")).map(StatedFigure::kind).contains(Kind.PERCENT);
    }
}
