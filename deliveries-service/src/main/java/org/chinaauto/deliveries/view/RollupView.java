package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chinaauto.common.period.Period;

/**
 * A group's roll-up for a period: its own reported total, the sum of the members with figures (attributed),
 * the explicit remainder that no member accounts for (not attributed), and each member's share of the
 * reported total. A reported total below the sum of its members is flagged {@code inconsistent} (and the
 * remainder is then negative), never hidden. Only brands that were members in the period's months count.
 */
public record RollupView(String group, String name, Period period, Instant asOf, String publisher, Long reportedTotal,
        long attributed, Long notAttributed, BigDecimal notAttributedPct, Boolean inconsistent, List<Member> members,
        List<MemberWithoutFigures> membersWithoutFigures) {

    public record Member(String brand, String name, Long deliveries, BigDecimal shareOfReportedPct, String publisher,
            boolean complete, List<String> monthsMissing) {
    }

    public record MemberWithoutFigures(String brand, String name) {
    }
}
