package org.chinaauto.common.stated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the reader makes of figures beyond their own sentence, in prose written for the test: periods carried from
 * the figures before, who is credited with a figure, and counts that are no figure of a period.
 */
class ReportReaderTest {

    static final String REPORT = """
            Vehicle exports from China jumped 30.5 percent year on year in the first two months of 2031, figures \
            from the China Association of Automobile Manufacturers (CAAM) show, with 822,000 vehicles shipped abroad.
            Passenger vehicles led: their exports rose 31.5 percent to 686,000 units. Domestic retail sales of \
            passenger cars came to 1.2 million units, up 10 percent on the 1.09 million units retailed in the same \
            period last year.
            CAAM expects exports to reach 7 million units this year. Since its founding, SYN Motors has built \
            1,000,000 vehicles. It now sells more than 40,000 units a month.""";

    static Proposal proposal(List<Proposal> proposals, String statedAs) {
        return proposals.stream().filter(p -> p.statedAs().equals(statedAs)).findFirst()
                .orElseThrow(() -> new AssertionError(statedAs + " not proposed"));
    }

    @Test
    void periodsComeFromTheFiguresBeforeWhereTheWordsGiveNone() {
        List<Proposal> proposals = ReportReader.read(REPORT, YearMonth.of(2031, 3), List.of());
        Proposal shipped = proposal(proposals, "822,000 vehicles");
        assertThat(shipped.measure()).isEqualTo("exports");
        assertThat(shipped.period()).hasToString("2031-01/2031-02");
        assertThat(shipped.attribution()).isEqualTo("named");
        // another paragraph, no period of its own: that of the figure before it, said so
        Proposal passenger = proposal(proposals, "686,000 units");
        assertThat(passenger.period()).hasToString("2031-01/2031-02");
        assertThat(passenger.reason()).contains("its paragraph gives no period");
        // "in the same period last year": a year before the figure it is compared with
        assertThat(proposal(proposals, "1.09 million units").period()).hasToString("2030-01/2030-02");
        assertThat(proposal(proposals, "1.09 million units").measure()).isEqualTo("retail");
    }

    @Test
    void aFigureOfTheMeasureAndPeriodTheNamedPublisherGivesIsNamed() {
        String text = "Figures from CAAM show production exceeding 31 million units in the first 11 months. The "
                + "headline number, 31.23 million units produced in the first 11 months, is a record.\nNEV exports "
                + "reached 2 million units in the first 11 months.";
        List<Proposal> proposals = ReportReader.read(text, YearMonth.of(2031, 12), List.of());
        Proposal headline = proposal(proposals, "31.23 million units");
        assertThat(headline.attribution()).isEqualTo("named");
        assertThat(headline.reason()).contains("names CAAM for exceeding 31 million units");
        // another measure of the same period: CAAM is inferred, not named
        assertThat(proposal(proposals, "2 million units").attribution()).isEqualTo("inferred");
    }

    @Test
    void aNationalTotalOfAReportThatCreditsNoOneIsInferredToBeCaams() {
        List<Proposal> proposals = ReportReader.read("In the first half of 2031 China's NEV production came to "
                + "3.788 million units. SYN Research said sales reached 3.5 million units.", YearMonth.of(2031, 7),
                List.of());
        Proposal production = proposal(proposals, "3.788 million units");
        assertThat(production.publisher()).isEqualTo("CAAM");
        assertThat(production.attribution()).isEqualTo("inferred");
        assertThat(production.reason()).contains("CAAM publishes China's production, sales and export totals");
        // credited to a body the suite does not know: no publisher, never CAAM
        assertThat(proposal(proposals, "3.5 million units").publisher()).isNull();
    }

    @Test
    void countsThatAreNoFigureOfAPeriodHaveNoMeasure() {
        List<Proposal> proposals = ReportReader.read(REPORT, YearMonth.of(2031, 3), List.of());
        assertThat(proposal(proposals, "7 million units").measure()).isNull();
        assertThat(proposal(proposals, "7 million units").reason()).contains("expected");
        assertThat(proposal(proposals, "1,000,000 vehicles").reason()).contains("cumulative total since launch");
        assertThat(proposal(proposals, "more than 40,000 units").reason()).contains("monthly rate");
        assertThat(proposals).noneMatch(p -> p.measure() != null && p.statedAs().contains("40,000"));
    }
}
