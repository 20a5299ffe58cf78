package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A column naming a publisher, a definition or a subject: letters (any script), digits, spaces and {@code . & ( ) - _},
 * starting with a letter or digit, at most 100 characters. Quotes, semicolons, slashes and control characters are
 * never part of a name, so a value with them is refused rather than stored. Blank is valid.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Code.Check.class)
public @interface Code {

    String message() default "is not a name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends CellCheck<Code> {

        /** What is wrong with a name (given trimmed), or null when it is one: the rule of a code in a query. */
        public static String problemOf(String name) {
            return org.chinaauto.common.rest.Code.problemOf(name);
        }

        @Override
        protected String problem(String cell) {
            return problemOf(cell);
        }
    }
}
