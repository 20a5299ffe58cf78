package org.chinaauto.deliveries.rest;

import java.time.YearMonth;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;

/** Query parameter helpers shared by the resources. */
final class Params {

    private Params() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    static YearMonth month(String text, String field) {
        return blankToNull(text) == null ? null : Period.parseMonth(text, field);
    }

    static Integer year(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        if (!text.trim().matches("\\d{4}")) {
            throw new InvalidInputException("year", "'" + text + "' is not a year; expected YYYY, e.g. 2025");
        }
        return Integer.valueOf(text.trim());
    }
}
