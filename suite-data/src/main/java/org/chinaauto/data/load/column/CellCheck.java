package org.chinaauto.data.load.column;

import java.lang.annotation.Annotation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The check of a load column's constraint: a blank cell is valid (required columns say so with {@code @NotBlank}),
 * and a cell with text is valid unless {@link #problem} names what is wrong with it. The message quotes the input,
 * escaped so that it is never read as a message template.
 *
 * @param <A> the constraint annotation
 */
public abstract class CellCheck<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private A constraint;

    /** What is wrong with a cell that is not blank (given trimmed), or null when it is valid. */
    protected abstract String problem(String cell);

    /** The constraint as the column declares it. */
    protected A constraint() {
        return constraint;
    }

    @Override
    public void initialize(A constraint) {
        this.constraint = constraint;
    }

    @Override
    public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        String cell = Cells.text(value);
        String problem = cell == null ? null : problem(cell);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{")
                .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
        return false;
    }
}
