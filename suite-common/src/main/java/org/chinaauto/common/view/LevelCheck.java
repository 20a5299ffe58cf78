package org.chinaauto.common.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.view.Rate.Judgement;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A level a publisher stated, judged against the same period derived from the same publisher's other figures (a
 * month from two year-to-date spans, a quarter or half from months or spans, a year from its halves): the derived
 * range ({@code low}, {@code high}, null when unbounded on that side), how it was derived and from which figures, and
 * the judgement: {@code inside} when the stated range and the derived one overlap, else {@code outside} and
 * flagged, with how far outside (between the nearest bounds) in the level's unit and in percent of the stated value.
 * Publishers revise earlier months inside their year-to-date totals without saying so: this shows where.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelCheck<S>(BigDecimal value, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal low,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal high, String derivation, List<S> sources,
        Judgement judgement, BigDecimal outsideBy, BigDecimal outsideByPct, boolean flagged) {

    /** The stated level judged against the derived one, shown to {@code scale} decimals. */
    public static <S> LevelCheck<S> of(Estimate stated, Estimate derived, String derivation, List<S> sources,
            int scale) {
        Judgement judgement = Rate.judge(stated, derived);
        BigDecimal by = stated.distanceFrom(derived);
        BigDecimal pct = stated.value() == null || stated.value().signum() == 0 ? null
                : by.multiply(BigDecimal.valueOf(100)).divide(stated.value().abs(), Rate.SCALE, RoundingMode.HALF_UP);
        Estimate shown = derived.rounded(scale);
        return new LevelCheck<>(shown.value(), shown.low(), shown.high(), derivation, sources, judgement,
                Numbers.strip(by.setScale(scale, RoundingMode.HALF_UP)), Numbers.strip(pct),
                judgement == Judgement.outside);
    }
}
