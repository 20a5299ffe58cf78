package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.stated.StatedFigure.Kind;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Figures written every way a report writes them are read back to the same value, qualifier and precision, and the
 * bounds the suite gives them hold the value they state.
 */
class StatedFormProperties {

    private static final Map<Qualifier, String> ENGLISH = Map.of(Qualifier.OVER, "more than ", Qualifier.NEARLY,
            "nearly ", Qualifier.APPROXIMATELY, "about ", Qualifier.AT_LEAST, "at least ", Qualifier.AT_MOST, "up to ");
    private static final Map<Qualifier, String> CHINESE = Map.of(Qualifier.OVER, "超过", Qualifier.NEARLY, "近",
            Qualifier.APPROXIMATELY, "约", Qualifier.AT_LEAST, "至少", Qualifier.AT_MOST, "不到");

    @Provide
    Arbitrary<Qualifier> qualifiers() {
        return Arbitraries.of(Qualifier.class).injectNull(0.3);
    }

    @Property
    void aCountInMillionsIsReadBackToItsDigits(@ForAll @LongRange(min = 1, max = 99_999) long digits,
            @ForAll @IntRange(min = 0, max = 3) int decimals, @ForAll("qualifiers") Qualifier q) {
        BigDecimal mantissa = BigDecimal.valueOf(digits, decimals);
        String text = (q == null ? "" : ENGLISH.get(q)) + mantissa.toPlainString() + " million";
        StatedFigure f = StatedForm.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertThat(f.kind()).isEqualTo(Kind.LEVEL);
        assertThat(f.value()).isEqualByComparingTo(mantissa.movePointRight(6));
        assertThat(f.qualifier()).isEqualTo(q);
        assertThat(f.precision()).isEqualByComparingTo(BigDecimal.ONE.movePointRight(6 - decimals));
        assertHolds(f.bounds(), f.value());
    }

    @Property
    void aCountInWanIsReadLikeTheSameCountInMillions(@ForAll @LongRange(min = 1, max = 999_999) long digits,
            @ForAll @IntRange(min = 0, max = 1) int decimals, @ForAll("qualifiers") Qualifier q) {
        BigDecimal wan = BigDecimal.valueOf(digits, decimals);
        String text = (q == null ? "" : CHINESE.get(q)) + wan.toPlainString() + "万辆";
        StatedFigure f = StatedForm.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertThat(f.value()).isEqualByComparingTo(wan.movePointRight(4));
        assertThat(f.qualifier()).isEqualTo(q);
        assertThat(f.precision()).isEqualByComparingTo(BigDecimal.ONE.movePointRight(4 - decimals));
        StatedFigure english = StatedForm.parse((q == null ? "" : ENGLISH.get(q))
                + wan.movePointLeft(2).toPlainString() + " million").orElseThrow();
        assertThat(f.bounds()).isEqualTo(english.bounds());
    }

    @Property
    void aWholeNumberWithThousandsSeparatorsIsExact(@ForAll @LongRange(min = 0, max = 999_999_999) long n) {
        String text = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(n);
        StatedFigure f = StatedForm.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(f.precision()).isNull();
        assertThat(f.bounds().certain()).isTrue();
    }

    @Property
    void aChangeIsSignedByItsDirectionAndRoundedToItsLastDecimal(@ForAll @LongRange(min = 0, max = 99_999) long digits,
            @ForAll @IntRange(min = 0, max = 2) int decimals, @ForAll boolean down, @ForAll boolean chinese) {
        BigDecimal pct = BigDecimal.valueOf(digits, decimals);
        String text = chinese ? (down ? "下降" : "同比增长") + pct.toPlainString() + "%"
                : (down ? "down " : "up ") + pct.toPlainString() + (digits % 2 == 0 ? "%" : " percent") + " year-on-year";
        StatedFigure f = StatedForm.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertThat(f.kind()).isEqualTo(Kind.CHANGE);
        assertThat(f.value()).isEqualByComparingTo(down ? pct.negate() : pct);
        assertThat(f.precision()).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(decimals));
        Estimate bounds = f.bounds();
        assertThat(bounds.high().subtract(bounds.low())).isEqualByComparingTo(f.precision());
        assertHolds(bounds, f.value());
    }

    private static void assertHolds(Estimate bounds, BigDecimal value) {
        if (bounds.low() != null) {
            assertThat(bounds.low()).isLessThanOrEqualTo(value);
        }
        if (bounds.high() != null) {
            assertThat(bounds.high()).isGreaterThanOrEqualTo(value);
        }
    }
}
