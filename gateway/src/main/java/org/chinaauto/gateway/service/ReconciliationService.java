package org.chinaauto.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.rest.CodedEnum;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.Downstreams;
import org.chinaauto.gateway.downstream.Reads;
import org.chinaauto.gateway.downstream.exports.ReconciledFigure;
import org.chinaauto.gateway.downstream.market.MarketFigure;
import org.chinaauto.gateway.view.ReconciliationView;
import org.chinaauto.gateway.view.ReconciliationView.Figure;
import org.chinaauto.gateway.view.ReconciliationView.Gap;
import org.chinaauto.gateway.view.Section;

import io.smallrye.mutiny.Uni;

/**
 * Every publisher's figure for one measure and period, side by side with its definition, and the gap
 * between each pair on the bounds of both: the analyst's "why do these numbers disagree?".
 */
@ApplicationScoped
public class ReconciliationService {

    private final ViewReads reads;

    public ReconciliationService(ViewReads reads) {
        this.reads = reads;
    }

    /** What a reconciliation compares: exports (exports-service) or production or sales (market-service). */
    public enum Measure implements CodedEnum {
        EXPORTS, PRODUCTION, SALES;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The segment compared; for exports, the powertrain (all or nev). */
    public enum Segment implements CodedEnum {
        ALL, PASSENGER, COMMERCIAL, NEV, BEV, PHEV;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Uni<ReconciliationView> reconcile(Measure measured, Segment segmented, Period period, Snapshot snapshot) {
        String measure = measured.code();
        String segment = segmented.code();
        String p = period.toString();
        return switch (measured) {
            case EXPORTS -> reads.get(Reads.EXPORTS_RECONCILIATION, snapshot, reads.start(), "period", p,
                    "powertrain", segment, "destination", Reads.WORLD)
                    .map(a -> view(measure, segment, period, snapshot, "exports-service", a,
                            a.data() == null || a.data().figures() == null ? List.of()
                                    : a.data().figures().stream().map(f -> figure("exports-service", f)).toList()));
            case PRODUCTION, SALES -> reads.get(Reads.MARKET_FIGURES, snapshot, reads.start(), "measure", measure,
                    "segment", segment, "period", p, "size", Downstreams.PAGE)
                    .map(a -> view(measure, segment, period, snapshot, "market-service", a,
                            a.data() == null || a.data().items() == null ? List.of()
                                    : a.data().items().stream().map(f -> figure("market-service", f)).toList()));
        };
    }

    private static ReconciliationView view(String measure, String segment, Period period, Snapshot snapshot,
            String service, Answer<?> answer, List<Figure> figures) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Gap gap = gap(figures.get(i), figures.get(j));
                if (gap != null) {
                    gaps.add(gap);
                }
            }
        }
        return new ReconciliationView(measure, segment, period, snapshot.asOf(), snapshot.vintage(),
                Section.statusOf(service, answer), figures, gaps);
    }

    private static Figure figure(String service, ReconciledFigure f) {
        return new Figure(service, f.figureId(), f.publisher(), f.definition(), f.definitionNote(), Bounds.decimal(f.value()),
                f.value() == null ? null : Bounds.decimal(f.low()), f.value() == null ? null : Bounds.decimal(f.high()),
                f.qualifier(), Bounds.decimal(f.precision()), f.statedAs(), f.attribution(), f.attributionNote(),
                f.published(), f.publishedOn(), f.source(), f.reportId(), f.quote());
    }

    /** market-service names a figure's id {@code id}; the row shows no figure_id for it, as the gateway always has. */
    private static Figure figure(String service, MarketFigure f) {
        return new Figure(service, null, f.publisher(), f.definition(), null, f.value(), f.value() == null ? null : f.low(),
                f.value() == null ? null : f.high(), f.qualifier(), f.precision(), f.statedAs(), f.attribution(),
                f.attributionNote(), f.published(), f.publishedOn(), f.source(), f.reportId(), f.quote());
    }

    /** b minus a on the bounds of both, and b relative to a in percent; null when either has no value. */
    private static Gap gap(Figure a, Figure b) {
        Estimate va = Bounds.of(a.value(), a.low(), a.high());
        Estimate vb = Bounds.of(b.value(), b.low(), b.high());
        if (va == null || vb == null) {
            return null;
        }
        return new Gap(a.publisher(), a.definition(), b.publisher(), b.definition(),
                a.definition() != null && a.definition().equals(b.definition()),
                Bounds.shown(vb.minus(va), Bounds.VEHICLES), Bounds.shown(vb.percentChangeFrom(va), Bounds.PERCENT));
    }

}
