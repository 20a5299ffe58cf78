package org.chinaauto.deliveries.rest;

import static org.chinaauto.data.rest.Params.blankToNull;

import java.time.YearMonth;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;

/** Query parameter helpers of this service; the general ones are in suite-data (rest/Params). */
final class Params {

    private Params() {
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
