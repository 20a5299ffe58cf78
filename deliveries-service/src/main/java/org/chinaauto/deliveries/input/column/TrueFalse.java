package org.chinaauto.deliveries.input.column;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.chinaauto.data.load.column.CellCheck;
import org.chinaauto.data.load.column.Cells;

/** A yes/no column: true, false, yes or no in any case; blank is valid (and reads as false). */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = TrueFalse.Check.class)
public @interface TrueFalse {

    String message() default "is not true or false";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check extends CellCheck<TrueFalse> {

        /** The flag in a cell: true for true or yes, false for anything else (blank included). */
        public static boolean value(String cell) {
            String t = Cells.text(cell);
            return t != null && switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                default -> false;
            };
        }

        @Override
        protected String problem(String cell) {
            return switch (cell.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "false", "no" -> null;
                default -> "is not true or false: '" + cell + "'";
            };
        }
    }
}
