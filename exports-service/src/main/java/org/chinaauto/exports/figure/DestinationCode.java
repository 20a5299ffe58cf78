package org.chinaauto.exports.figure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.chinaauto.data.load.column.CellCheck;

/**
 * A column naming a destination {@link Destinations} knows: WORLD, a country code or a region, in any case, or a
 * region by its name; blank is valid. The regions must have been read before a load validates its first row.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = DestinationCode.Check.class)
public @interface DestinationCode {

    String message() default "unknown destination";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Check extends CellCheck<DestinationCode> {

        @Inject
        Destinations destinations;

        @Override
        protected String problem(String cell) {
            return destinations.canonical(cell) != null ? null : destinations.unknown(cell);
        }
    }
}
