package org.chinaauto.data.load.column;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.rest.Code;

/** How the text of a {@link Cell} column is written: each form names what is wrong with a cell not written in it. */
public enum Form {

    /**
     * A publisher, a definition or a subject: letters (any script), digits, spaces and {@code . & ( ) - _}, starting
     * with a letter or digit, at most 100 characters, the rule of a {@link Code} in a query. Quotes, semicolons,
     * slashes and control characters are never part of a name, so a value with them is refused rather than stored.
     */
    CODE(Code::problemOf),

    /** A period in one of {@link Period#FORMS}. */
    PERIOD(cell -> {
        try {
            Period.parse(cell, "period");
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }),

    /** A publication date as precise as the publisher gave it: {@code 2025-04-16} or {@code 2025-12}. */
    PARTIAL_DATE(cell -> {
        try {
            if (cell.length() == 7) {
                YearMonth.parse(cell);
            } else {
                LocalDate.parse(cell);
            }
            return null;
        } catch (DateTimeParseException e) {
            return "is not a date: expected YYYY-MM-DD or YYYY-MM, got '" + cell + "'";
        }
    }),

    /** A yes/no flag: true, false, yes or no in any case; {@link Cells#flag} reads it (blank as false). */
    TRUE_FALSE(cell -> switch (cell.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "false", "no" -> null;
        default -> "is not true or false: '" + cell + "'";
    });

    private final UnaryOperator<String> problem;

    Form(UnaryOperator<String> problem) {
        this.problem = problem;
    }

    /** What is wrong with a cell that is not blank (given trimmed), or null when it is written in this form. */
    public String problem(String cell) {
        return problem.apply(cell);
    }
}
