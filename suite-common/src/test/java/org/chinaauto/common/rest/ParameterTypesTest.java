package org.chinaauto.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.chinaauto.common.csv.Format;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.series.SeriesUnits;
import org.junit.jupiter.api.Test;

/** Query parameters bound to the suite's types: what each accepts, and a refusal naming the parameter. */
class ParameterTypesTest {

    private static <T> T read(Class<T> type, String name, String text) {
        ParamConverter<T> converter = new ParameterTypes().getConverter(type, type, new Annotation[] { query(name) });
        return converter.fromString(text);
    }

    private static InvalidInputException refusal(Class<?> type, String name, String text) {
        try {
            read(type, name, text);
        } catch (BadRequestException e) {
            return (InvalidInputException) e.getCause();
        }
        throw new AssertionError(name + "=" + text + " was accepted");
    }

    @Test
    void readsEachTypeInItsTextForms() {
        assertThat(read(Period.class, "period", " 2025-01/2025-11 ")).isEqualTo(Period.of("2025-01/2025-11"));
        assertThat(read(Period.class, "period", "2023-H1")).isEqualTo(new Period(YearMonth.of(2023, 1), YearMonth.of(2023, 6)));
        assertThat(read(YearMonth.class, "from", "2025-02")).isEqualTo(YearMonth.of(2025, 2));
        assertThat(read(LocalDate.class, "vintage", "2025-11")).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(read(LocalDate.class, "vintage", "2025-11-03")).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(read(Instant.class, "asOf", "2025-12-01")).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(read(Instant.class, "asOf", "2025-12-01T08:00:00+08:00")).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(read(Year.class, "year", "2025")).isEqualTo(Year.of(2025));
        assertThat(read(Integer.class, "page", "3")).isEqualTo(3);
        assertThat(read(Code.class, "publisher", "CAAM")).isEqualTo(new Code("CAAM"));
        assertThat(read(Format.class, "format", "CSV")).isEqualTo(Format.CSV);
        assertThat(read(SeriesUnits.class, "units", "yoy")).isEqualTo(SeriesUnits.PC1);
    }

    @Test
    void enumsReadInAnyCaseWithDashesAndCodedOnesWriteLowerCase() {
        assertThat(read(SeriesUnits.class, "units", "Pc1")).isEqualTo(SeriesUnits.PC1);
        assertThat(read(Sample.class, "measure", "sales-share")).isEqualTo(Sample.SALES_SHARE);
        assertThat(SeriesUnits.PC1.code()).isEqualTo("pc1");
    }

    @Test
    void blankIsAbsent() {
        assertThat(read(Period.class, "period", "  ")).isNull();
        assertThat(read(Code.class, "publisher", "")).isNull();
        assertThat(read(Sample.class, "measure", null)).isNull();
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        assertThat(refusal(Period.class, "period", "2025-13").getMessage()).contains("'2025-13' is not a period");
        assertThat(refusal(YearMonth.class, "to", "2025").getMessage()).contains("is not a month");
        assertThat(refusal(LocalDate.class, "vintage", "2025-02-30").getMessage()).contains("is not a date");
        assertThat(refusal(Instant.class, "asOf", "yesterday").getMessage()).contains("is not a date-time");
        assertThat(refusal(Year.class, "year", "20255").getMessage()).contains("is not a year");
        assertThat(refusal(Year.class, "year", "1800").getMessage()).contains("is not a year");
        assertThat(refusal(Integer.class, "size", "99999999999").getMessage()).contains("size must be a whole number");
        assertThat(refusal(Code.class, "publisher", "CAAM'; drop").getMessage()).startsWith("publisher is not a name");
        assertThat(refusal(Sample.class, "measure", "retail").getMessage())
                .isEqualTo("unknown measure 'retail'; expected one of [production, sales_share]");
        assertThat(refusal(Period.class, "from", "x").errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("from"));
    }

    @Test
    void aMissingRequiredValueIsRefusedNamingIt() {
        assertThat(ParameterTypes.required("x", "period")).isEqualTo("x");
        assertThatThrownBy(() -> ParameterTypes.required((String) null, "measure")).isInstanceOf(InvalidInputException.class)
                .hasMessage("measure is required");
        assertThatThrownBy(() -> ParameterTypes.required((Period) null, "period")).hasMessageStartingWith("a period is required: a month");
        assertThatThrownBy(() -> ParameterTypes.required((YearMonth) null, "from"))
                .hasMessage("a month is required; expected YYYY-MM, e.g. 2025-11");
    }

    @Test
    void otherTypesAreLeftToJaxRs() {
        assertThat(new ParameterTypes().getConverter(String.class, String.class, new Annotation[0])).isNull();
    }

    enum Sample {
        PRODUCTION, SALES_SHARE
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }
}
