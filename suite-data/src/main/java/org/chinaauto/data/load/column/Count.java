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

    class Check extends CellCheck<Count> {

        private long min;
        private long max;
        private String range;
        private String unit;

        @Override
        public void initialize(Count annotation) {
            min = annotation.min();
            max = annotation.max();
            range = annotation.range();
            unit = annotation.unit();
        }

        @Override
        protected String problem(String cell) {
            BigDecimal d = Cells.decimal(cell);
            String notANumber = notANumber(cell, d);
            if (notANumber != null) {
                return notANumber;
            }
            if (d.stripTrailingZeros().scale() > 0) {
                return "must be a whole number" + (unit.isEmpty() ? "" : " of " + unit) + ", got " + d.toPlainString();
            }
            long n = d.longValueExact();
            if (n >= min && n <= max) {
                return null;
            }
            if (!range.isEmpty()) {
                return range + ", got " + n;
            }
            return min == 0 && n < 0 ? "must not be negative"
                    : min == 1 && n < 1 && max == Long.MAX_VALUE ? "must be positive"
                    : "must be between " + min + " and " + max + ", got " + n;
        }
    }
}
