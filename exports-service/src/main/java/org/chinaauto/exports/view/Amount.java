package org.chinaauto.exports.view;

import java.math.BigDecimal;
import java.util.List;

import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Figure;

/**
 * A value for a period, published or derived from published figures (then {@code derived} is true and
 * {@code figure_ids} names its inputs), with its qualifier, precision and definition.
 */
public record Amount(Period period, BigDecimal value, String unit, String qualifier, BigDecimal precision,
        String statedAs, String publisher, String definition, boolean derived, String derivation, List<Long> figureIds) {

    public static Amount of(Resolved<Figure> r) {
        if (r == null) {
            return null;
        }
        Figure published = r.figure();
        Figure any = r.from().get(0);
        String qualifier = published != null ? Numbers.lower(published.qualifier)
                : r.approximate() ? "approximately" : null;
        return new Amount(r.period(), Numbers.strip(r.value()), "vehicles", qualifier, Numbers.strip(r.precision()),
                published == null ? null : published.statedAs, any.publisher, any.definition, r.derived(),
                r.derived() ? r.derivation().name().toLowerCase() : null, r.from().stream().map(f -> f.id).toList());
    }
}
