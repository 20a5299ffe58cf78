package org.chinaauto.common.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.chinaauto.common.problem.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2025-11, 2025-11, 2025-11, 2025-11",
            "2025-Q3, 2025-07, 2025-09, 2025-Q3",
            "2023-H1, 2023-01, 2023-06, 2023-H1",
            "2023-H2, 2023-07, 2023-12, 2023-H2",
            "2024, 2024-01, 2024-12, 2024",
            "2025-01/2025-11, 2025-01, 2025-11, 2025-01/2025-11",
            // a span that is a named period is written in the shorter form
            "2025-01/2025-12, 2025-01, 2025-12, 2025",
            "2025-04/2025-06, 2025-04, 2025-06, 2025-Q2",
            "2025-07/2025-12, 2025-07, 2025-12, 2025-H2",
            "2024-11/2025-02, 2024-11, 2025-02, 2024-11/2025-02",
            "2025-02/2025-04, 2025-02, 2025-04, 2025-02/2025-04" })
    void parsesEveryFormAndWritesTheCanonicalOne(String text, String start, String end, String canonical) {
        Period p = Period.parse(text, "period");
        assertThat(p.start()).isEqualTo(YearMonth.parse(start));
        assertThat(p.end()).isEqualTo(YearMonth.parse(end));
        assertThat(p).hasToString(canonical);
        assertThat(Period.parse(p.toString(), "period")).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-13", "2025-00", "2025-Q5", "2025-H3", "25", "2025-1", "2025-11/2025-01", "Nov 2025",
            "2025-11/", "/2025-11", "1800", "2025-01/2025-02/2025-03", " " })
    void rejectsAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> Period.parse(text, "period")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("period"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " " })
    void aMissingMonthIsNamedAsMissing(String text) {
        assertThatThrownBy(() -> Period.parseMonth(text, "from")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("from"))
                .hasMessageContaining("a month is required");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-13", "2025-1", "Nov 2025", "2025" })
    void aMonthIsOnlyYearAndMonth(String text) {
        assertThatThrownBy(() -> Period.parseMonth(text, "to")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + text + "' is not a month");
    }

    @ParameterizedTest
    @CsvSource({ "2025-01/2025-11, 11", "2024, 12", "2025-11, 1", "2024-11/2025-02, 4" })
    void countsItsMonths(String text, int months) {
        Period p = Period.parse(text, "period");
        assertThat(p.lengthInMonths()).isEqualTo(months);
        assertThat(p.months()).hasSize(months);
    }

    @ParameterizedTest
    @CsvSource({ "2025-11, 2024-11", "2025-01/2025-11, 2024-01/2024-11", "2024, 2023" })
    void shiftsByYearsForYearOnYear(String text, String yearBefore) {
        assertThat(Period.parse(text, "period").plusYears(-1)).hasToString(yearBefore);
    }
}
