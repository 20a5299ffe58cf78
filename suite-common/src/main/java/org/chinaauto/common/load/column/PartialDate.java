package org.chinaauto.common.load.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A publication date as precise as the publisher gave it: {@code 2025-04-16} or {@code 2025-12}; blank is valid. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = PartialDate.Check.class)
public @interface PartialDate {

    String message() default "is not a date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PartialDate, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            String t = Cells.text(value);
            if (t == null) {
                return true;
            }
            try {
                if (t.length() == 7) {
                    YearMonth.parse(t);
                } else {
                    LocalDate.parse(t);
                }
                return true;
            } catch (DateTimeParseException e) {
                return Violations.invalid(context, "is not a date: expected YYYY-MM-DD or YYYY-MM, got '" + t + "'");
            }
        }
    }
}
