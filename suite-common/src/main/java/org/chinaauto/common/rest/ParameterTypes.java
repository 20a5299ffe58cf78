package org.chinaauto.common.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.period.PointInTime;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.series.SeriesUnits;

/**
 * Binds query and path parameters to the suite's types, so that a resource declares {@code Period period} rather than
 * a text it parses: whole numbers ({@code page=}, {@code size=}), years, periods, months, dates (a vintage),
 * instants (an asOf), codes and the suite's enums (in any case, with - for _). A blank value is absent (null); a bad
 * one is a 400 problem naming the parameter. Without this the JAX-RS rule applies: a query parameter that cannot be
 * converted makes the resource "not found", a misleading 404.
 */
@Provider
public class ParameterTypes implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        Function<String, ?> parse;
        if (type == Integer.class) {
            parse = text -> wholeNumber(text, name);
        } else if (type == Long.class) {
            parse = text -> longNumber(text, name);
        } else if (type == Period.class) {
            parse = text -> Period.parse(text, name);
        } else if (type == YearMonth.class) {
            parse = text -> Period.parseMonth(text, name);
        } else if (type == LocalDate.class) {
            parse = text -> PointInTime.vintage(text, name);
        } else if (type == Instant.class) {
            parse = text -> PointInTime.asOf(text, name);
        } else if (type == Year.class) {
            parse = text -> year(text, name);
        } else if (type == SeriesUnits.class) {
            parse = text -> SeriesUnits.parse(text, name);
        } else if (type == Code.class) {
            parse = text -> Code.parse(text, name);
        } else if (type.isEnum()) {
            parse = text -> Choices.of((Class) type, text, name);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter<>(parse);
    }

    /** The value of a parameter the operation cannot do without: a 400 naming it when absent. */
    public static <T> T required(T value, String name) {
        return present(value, name, name + " is required");
    }

    /** A period the operation cannot do without: a 400 naming it and its forms when absent. */
    public static Period required(Period value, String name) {
        return present(value, name, "a period is required: " + Period.FORMS);
    }

    /** A month the operation cannot do without: a 400 naming it and its form when absent. */
    public static YearMonth required(YearMonth value, String name) {
        return present(value, name, "a month is required; expected YYYY-MM, e.g. 2025-11");
    }

    private static <T> T present(T value, String name, String message) {
        if (value == null) {
            throw new InvalidInputException(name, message);
        }
        return value;
    }

    private static Integer wholeNumber(String text, String name) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number below 2147483648, got '" + text + "'");
        }
    }

    private static Long longNumber(String text, String name) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number below 9223372036854775808, got '"
                    + text + "'");
        }
    }

    private static Year year(String text, String name) {
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < Period.MIN_YEAR || Integer.parseInt(text) > Period.MAX_YEAR) {
            throw new InvalidInputException(name, "'" + text + "' is not a year; expected YYYY between " + Period.MIN_YEAR
                    + " and " + Period.MAX_YEAR + ", e.g. 2025");
        }
        return Year.of(Integer.parseInt(text));
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "parameter";
    }

    private record Converter<T>(Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (InvalidInputException e) {
                // JAX-RS passes a converter's refusal on wrapped; ProblemMappers answers the problem inside
                throw new BadRequestException(e);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
