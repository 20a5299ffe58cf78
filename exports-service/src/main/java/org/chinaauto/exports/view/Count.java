package org.chinaauto.exports.view;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.chinaauto.common.load.column.Cells;

/**
 * A column holding a whole, non-negative number (vehicles, a rank, a rounding unit), optionally within
 * [{@link #min}, {@link #max}]; blank is valid, and so is text that is not a number, which {@code @Decimal} reports.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Count.Check.class)
public @interface Count {

    long min() default 0;

    long max() default Long.MAX_VALUE;

    /** The message for a whole number outside [min, max]. */
    String message() default "is out of range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Count, CharSequence> {

        private long min;
        private long max;

        @Override
        public void initialize(Count annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            BigDecimal d = Cells.decimal(Cells.text(value));
            if (d == null || d.precision() - d.scale() > 15 || d.scale() > 6) {
                return true; // not a number, or out of any range: @Decimal says which
            }
            if (d.signum() < 0) {
                return invalid(context, "must not be negative");
            }
            if (d.stripTrailingZeros().scale() > 0) {
                return invalid(context, "must be a whole number of vehicles, got " + d.toPlainString());
            }
            return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0;
        }

        private static boolean invalid(ConstraintValidatorContext context, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
