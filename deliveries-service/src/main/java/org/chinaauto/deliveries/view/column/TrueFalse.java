package org.chinaauto.deliveries.view.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.chinaauto.common.load.column.Cells;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A yes/no column: true, false, yes or no in any case; blank is valid (and reads as false). */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = TrueFalse.Check.class)
public @interface TrueFalse {

    String message() default "is not true or false";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TrueFalse, CharSequence> {

        /** The flag in a cell: true for true or yes, false for anything else (blank included). */
        public static boolean value(String cell) {
            String t = Cells.text(cell);
            return t != null && switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                default -> false;
            };
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            String t = Cells.text(value);
            if (t == null) {
                return true;
            }
            return switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "false", "no" -> true;
                default -> {
                    context.disableDefaultConstraintViolation();
                    // the input goes in as a message parameter, so that it is never read as part of the template
                    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", t)
                            .buildConstraintViolationWithTemplate("is not true or false: '{value}'")
                            .addConstraintViolation();
                    yield false;
                }
            };
        }
    }
}
