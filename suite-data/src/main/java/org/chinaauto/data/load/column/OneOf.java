package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.chinaauto.common.rest.Choices;

/** A column holding the name of one of an enum's constants, in any case, with - for _; blank is valid. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {

    @SuppressWarnings("rawtypes")
    Class<? extends Enum> value();

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends CellCheck<OneOf> {

        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        protected String problem(String cell) {
            Class<? extends Enum> type = constraint().value();
            return Cells.oneOf(cell, (Class) type) != null ? null
                    : "unknown value '" + cell + "'; expected one of " + Choices.names((Class) type);
        }
    }
}
