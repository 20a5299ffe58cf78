package org.chinaauto.deliveries.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.LevelCheck;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A group's roll-up for a period: its own reported total (with the provenance of that figure: where it was read, its
 * report and quote, or the reports of a total summed from months), the sum of the
 * members with figures (attributed), the explicit remainder that no member accounts for (not attributed), and
 * each member's share of the reported total, all on bounds. A reported total that the publisher's other figures of
 * the group also give (a month from two year-to-date spans, a quarter from its months, ...) carries that
 * {@code derived_range}, judged against it (figure ids as its sources). A reported total certainly below the sum of its
 * members is flagged {@code inconsistent} (and the remainder is then negative), never hidden. Only brands that
 * were members in the period's months count.
 */
public record RollupView(String group, String name, Period period, Instant asOf, LocalDate vintage, String publisher,
        String attribution, String attributionNote, String published, LocalDate publishedOn, String source,
        Long reportId, String quote, List<Long> reportIds, String status, Estimate reportedTotal,
        @JsonInclude(JsonInclude.Include.NON_NULL) LevelCheck<Long> derivedRange, Estimate attributed, Estimate notAttributed, Estimate notAttributedPct,
        Boolean inconsistent, List<Member> members, List<MemberWithoutFigures> membersWithoutFigures) {

    /** A member's deliveries in its member months; its share only when no such month is missing. */
    public record Member(String brand, String name, Long deliveries, Long low, Long high, Estimate shareOfReportedPct,
            String publisher, String attribution, String attributionNote, String published, LocalDate publishedOn,
            String source, Long reportId, String quote, List<Long> reportIds, String status, boolean complete,
            List<String> monthsMissing) {
    }

    public record MemberWithoutFigures(String brand, String name) {
    }
}
