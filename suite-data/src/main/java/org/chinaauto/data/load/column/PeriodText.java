package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;

/** A column holding a period in one of {@link Period#FORMS}; blank is valid. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = PeriodText.Check.class)
public @interface PeriodText {

    String message() default "is not a period";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends CellCheck<PeriodText> {

        @Override
        protected String problem(String cell) {
            try {
                Period.parse(cell, "period");
                return null;
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }
    }
}
