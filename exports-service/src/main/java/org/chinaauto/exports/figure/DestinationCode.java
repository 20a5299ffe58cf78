package org.chinaauto.exports.figure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.chinaauto.common.load.column.Cells;

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
    class Check implements ConstraintValidator<DestinationCode, CharSequence> {

        @Inject
        Destinations destinations;

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            String t = Cells.text(value);
            if (t == null || destinations.canonical(t) != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(destinations.unknown(t).replace("\\", "\\\\")
                    .replace("{", "\\{").replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }
    }
}
