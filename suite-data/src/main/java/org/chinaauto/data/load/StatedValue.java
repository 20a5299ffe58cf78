package org.chinaauto.data.load;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.stated.StatedFigure;
import org.chinaauto.common.stated.StatedForm;
import org.chinaauto.common.view.Numbers;

/**
 * A row's value, qualifier and precision: as its columns give them, or read from its {@code stated_as}
 * ({@link StatedForm}) when the value is left out, so that "nearly 15 million" alone loads as 15,000,000, nearly,
 * precision 1,000,000. Given beside a stated figure, they must say what one of its forms says, else the row is
 * refused with both. A stated_as that is no stated figure ("core export markets included Russia") is kept as words.
 */
public record StatedValue(BigDecimal value, Qualifier qualifier, BigDecimal precision) {

    /**
     * The row's value from its columns or its stated_as.
     *
     * @param column the value's column ("value", "deliveries"); its errors are already in {@code errors}
     * @param kind what the value is: a count ({@code LEVEL}) or a percentage
     */
    public static StatedValue of(String column, BigDecimal value, Qualifier qualifier, BigDecimal precision,
            String statedAs, StatedFigure.Kind kind, RowErrors errors) {
        List<StatedFigure> forms = StatedForm.forms(statedAs);
        if (value != null || errors.failed(column) || forms.isEmpty()) {
            if (value != null && !forms.isEmpty()
                    && forms.stream().noneMatch(f -> f.kind() == kind && f.agrees(value, qualifier, precision))) {
                errors.error("stated_as", "'" + statedAs + "' states " + forms.get(0).describe() + ", but the row gives "
                        + new StatedFigure(kind, value, qualifier, precision, null).describe()
                        + "; correct one, or leave " + column + ", qualifier and precision out to read them from it");
            }
            return new StatedValue(value, qualifier, precision);
        }
        StatedFigure stated = forms.get(0);
        if (stated.kind() != kind) {
            errors.error("stated_as", "'" + statedAs + "' states " + what(stated.kind()) + ", not " + what(kind));
            return new StatedValue(null, qualifier, precision);
        }
        if (kind == StatedFigure.Kind.LEVEL && stated.value().stripTrailingZeros().scale() > 0) {
            errors.error("stated_as", "'" + statedAs + "' states " + stated.value().toPlainString()
                    + ", not a whole number of vehicles");
            return new StatedValue(null, qualifier, precision);
        }
        if (qualifier != null && qualifier != stated.qualifier()) {
            errors.error("qualifier", "is " + Numbers.lower(qualifier) + ", but stated_as '" + statedAs + "' says "
                    + (stated.qualifier() == null ? "no qualifier" : Numbers.lower(stated.qualifier())));
        }
        if (precision != null && stated.precision() != null && precision.compareTo(stated.precision()) != 0) {
            errors.error("precision", "is " + precision.toPlainString() + ", but stated_as '" + statedAs
                    + "' is stated to " + stated.precision().toPlainString());
        }
        BigDecimal statedPrecision = stated.precision();
        if (kind == StatedFigure.Kind.LEVEL && statedPrecision != null && statedPrecision.compareTo(BigDecimal.ONE) < 0) {
            statedPrecision = null; // "3.12340万" is stated to a tenth of a vehicle: a whole count, exact
        }
        return new StatedValue(stated.value(), stated.qualifier(), precision != null ? precision : statedPrecision);
    }

    /** A count's value from its columns (whole numbers, as a count column holds them) or its stated_as. */
    public static StatedValue ofCount(String column, Long count, Qualifier qualifier, Long precision, String statedAs,
            RowErrors errors) {
        return of(column, count == null ? null : BigDecimal.valueOf(count), qualifier,
                precision == null ? null : BigDecimal.valueOf(precision), statedAs, StatedFigure.Kind.LEVEL, errors);
    }

    /** The value as a whole number, for a count column. */
    public Long count() {
        return value == null ? null : value.longValueExact();
    }

    /** The precision as a whole number, for a count's precision column. */
    public Long countPrecision() {
        return precision == null ? null : precision.longValueExact();
    }

    /** This, with an error on the value's column when the row has no value, neither given nor stated. */
    public StatedValue required(String column, String statedAs, RowErrors errors) {
        if (value == null && !errors.failed(column) && StatedForm.forms(statedAs).isEmpty()) {
            errors.error(column, statedAs == null ? "is required, or a stated_as to read it from (e.g. nearly 15 million)"
                    : "is required: stated_as '" + statedAs + "' states no figure to read it from");
        }
        return this;
    }

    private static String what(StatedFigure.Kind kind) {
        return switch (kind) {
            case LEVEL -> "a count";
            case PERCENT -> "a percentage";
            case CHANGE -> "a change in percent";
            case MULTIPLE -> "a multiple";
        };
    }
}
