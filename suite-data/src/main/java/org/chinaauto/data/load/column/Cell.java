package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A column whose text is written in a {@link Form}: a name, a period, a date, a yes/no flag; blank is valid. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Cell.Check.class)
public @interface Cell {

    /** How the column is written. */
    Form value();

    String message() default "is not written as expected";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends CellCheck<Cell> {

        @Override
        protected String problem(String cell) {
            return constraint().value().problem(cell);
        }
    }
}
