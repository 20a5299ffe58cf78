package org.chinaauto.common.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.FigureStatus;
import org.junit.jupiter.api.Test;

class PeriodResolverTest {

    record Figure(String period, long value, FigureStatus status) implements Observation {

        @Override
        public Period observedPeriod() {
            return Period.parse(period, "period");
        }

        @Override
        public Estimate observed() {
            return Estimate.exact(value);
        }

        @Override
        public FigureStatus observedStatus() {
            return status;
        }
    }

    private static Figure f(String period, long value) {
        return new Figure(period, value, FigureStatus.FINAL);
    }

    @Test
    void aPublishedMonthIsAlsoDerivedFromTheYearToDateSpansThatGiveIt() {
        PeriodResolver<Figure> r = new PeriodResolver<>(List.of(f("2029-01/2029-06", 600),
                new Figure("2029-01/2029-07", 720, FigureStatus.PRELIMINARY), f("2029-07", 100)));
        Period july = Period.parse("2029-07", "period");
        assertThat(r.resolve(july).derivation()).isEqualTo(Resolved.Derivation.PUBLISHED);
        assertThat(r.resolve(july).estimate().value()).isEqualByComparingTo("100");
        Resolved<Figure> derived = r.derive(july);
        assertThat(derived.derivation()).isEqualTo(Resolved.Derivation.DIFFERENCE);
        assertThat(derived.estimate().value()).isEqualByComparingTo("120");
        assertThat(derived.from()).extracting(Figure::period).containsExactly("2029-01/2029-07", "2029-01/2029-06");
        // a value derived from figures rests on the least settled of them
        assertThat(derived.status()).isEqualTo(FigureStatus.PRELIMINARY);
        assertThat(r.resolve(july).status()).isEqualTo(FigureStatus.FINAL);
    }

    @Test
    void aPublishedYearIsAlsoDerivedFromItsHalvesButNeverFromItself() {
        PeriodResolver<Figure> r = new PeriodResolver<>(List.of(f("2029", 1000), f("2029-H1", 450), f("2029-H2", 560)));
        Resolved<Figure> derived = r.derive(Period.parse("2029", "period"));
        assertThat(derived.derivation()).isEqualTo(Resolved.Derivation.SUM);
        assertThat(derived.estimate().value()).isEqualTo(new BigDecimal("1010"));
        assertThat(new PeriodResolver<>(List.of(f("2029", 1000))).derive(Period.parse("2029", "period"))).isNull();
    }
}
