package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A column holding a whole number within bounds (a count of vehicles, a rank, a year, a revision number); digits
 * may be grouped with _; blank is valid. {@link Cells#count} reads it.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Count.Check.class)
public @interface Count {

    long min() default 0;

    long max() default Long.MAX_VALUE;

    /**
     * What a value outside [min, max] must be, for the message ("must be a year between 1900 and 2200"); the value
     * is appended. By default "must not be negative" (min 0), "must be positive" (min 1) or "must be between".
     */
    String range() default "";

    /** What is counted, for the message about a fraction ("vehicles"); "" when not a count of things. */
    String unit() default "vehicles";

    String message() default "is not a whole number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends NumberCheck<Count> {

        @Override
        protected String problemOf(BigDecimal number) {
            if (number.stripTrailingZeros().scale() > 0) {
                String unit = constraint().unit();
                return "must be a whole number" + (unit.isEmpty() ? "" : " of " + unit) + ", got "
                        + number.toPlainString();
            }
            long n = number.longValueExact();
            long min = constraint().min();
            long max = constraint().max();
            if (n >= min && n <= max) {
                return null;
            }
            if (!constraint().range().isEmpty()) {
                return constraint().range() + ", got " + n;
            }
            return min == 0 && n < 0 ? "must not be negative"
                    : min == 1 && n < 1 && max == Long.MAX_VALUE ? "must be positive"
                    : "must be between " + min + " and " + max + ", got " + n;
        }
    }
}
