package org.chinaauto.data.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A column holding a number (digits may be grouped with _), with at most 15 digits before the point and 6 after,
 * and optionally within bounds; blank is valid.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Decimal.Check.class)
public @interface Decimal {

    /** The least value allowed, or "" for none. */
    String min() default "";

    /** True when {@link #min} itself is not allowed. */
    boolean minExclusive() default false;

    /** The greatest value allowed, or "" for none. */
    String max() default "";

    /** What the number is, for the message: "a percentage". */
    String what() default "a number";

    String message() default "is not a number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends NumberCheck<Decimal> {

        private BigDecimal min;
        private BigDecimal max;

        @Override
        public void initialize(Decimal decimal) {
            super.initialize(decimal);
            min = decimal.min().isEmpty() ? null : new BigDecimal(decimal.min());
            max = decimal.max().isEmpty() ? null : new BigDecimal(decimal.max());
        }

        @Override
        protected String problemOf(BigDecimal number) {
            boolean minExclusive = constraint().minExclusive();
            boolean tooSmall = min != null && (minExclusive ? number.compareTo(min) <= 0 : number.compareTo(min) < 0);
            boolean tooLarge = max != null && number.compareTo(max) > 0;
            if (!tooSmall && !tooLarge) {
                return null;
            }
            String range = min != null && max != null ? "between " + min.toPlainString() + " and " + max.toPlainString()
                    : min != null ? (minExclusive ? "greater than " : "at least ") + min.toPlainString()
                    : "at most " + max.toPlainString();
            return "must be " + constraint().what() + " " + range + ", got " + number.toPlainString();
        }
    }
}
