package org.chinaauto.data.load.column;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

/**
 * The check of a number column's constraint: a cell must be a number ({@link Cells#decimal}) of at most 15 digits
 * before the point and 6 after, and then follow what {@link #problemOf(BigDecimal)} asks of it.
 *
 * @param <A> the constraint annotation
 */
abstract class NumberCheck<A extends Annotation> extends CellCheck<A> {

    /** What is wrong with a number within 15 digits before the point and 6 after, or null when it is valid. */
    protected abstract String problemOf(BigDecimal number);

    @Override
    protected final String problem(String cell) {
        BigDecimal number = Cells.decimal(cell);
        if (number == null) {
            return "is not a number: '" + cell + "'";
        }
        return number.precision() - number.scale() > 15 || number.scale() > 6 ? "is out of range: " + cell
                : problemOf(number);
    }
}
