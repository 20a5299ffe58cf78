package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A publication date as precise as the publisher gave it: {@code 2025-04-16} or {@code 2025-12}; blank is valid. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = PartialDate.Check.class)
public @interface PartialDate {

    String message() default "is not a date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends CellCheck<PartialDate> {

        @Override
        protected String problem(String cell) {
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
        }
    }
}
