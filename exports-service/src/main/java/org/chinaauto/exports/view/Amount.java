package org.chinaauto.exports.view;

import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.derive.Resolved;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Figure;

/**
 * A value for a period with its bounds, published or derived from published figures (then {@code derived} is
 * true, {@code derivation} says how and {@code figure_ids} names its inputs; its value is the midpoint of its
 * bounds). Qualifier, precision and stated form are those of a published figure; the status (estimate, preliminary
 * or final) is the least settled of the figures it is made of, and the provenance is theirs ({@link Provenance}: the
 * report and quote of a published figure, the reports of a derived value).
 */
public record Amount(Period period, Long value, Long low, Long high, String unit, String qualifier, Long precision,
        String statedAs, String status, String publisher, String definition, boolean derived, String derivation,
        List<Long> figureIds, String attribution, String attributionNote, String published, LocalDate publishedOn,
        String source, Long reportId, String quote, List<Long> reportIds) {

    public static Amount of(Resolved<Figure> r) {
        if (r == null) {
            return null;
        }
        Figure published = r.figure();
        Figure any = r.from().get(0);
        Estimate e = Counts.vehicles(r.estimate());
        Provenance p = Provenance.of(r.from());
        return new Amount(r.period(), Counts.value(e), Counts.low(e), Counts.high(e), "vehicles",
                published == null ? null : Numbers.lower(published.qualifier),
                published == null ? null : published.precision, published == null ? null : published.statedAs,
                Numbers.lower(r.status()), any.publisher, any.definition, r.derived(),
                r.derived() ? Numbers.lower(r.derivation()) : null,
                r.from().stream().map(f -> f.id).toList(), p.attribution(), p.attributionNote(), p.published(),
                p.publishedOn(), p.source(), p.reportId(), p.quote(), p.reportIds());
    }
}
