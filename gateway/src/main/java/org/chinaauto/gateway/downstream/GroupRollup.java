package org.chinaauto.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;

/** deliveries-service's roll-up of a group: reported total, attributed to members, and not attributed. */
public record GroupRollup(String group, String name, String period, Instant asOf, LocalDate vintage, String publisher,
        String attribution, String attributionNote, String published, LocalDate publishedOn, String source,
        Estimate reportedTotal, Estimate attributed, Estimate notAttributed, Estimate notAttributedPct,
        Boolean inconsistent, List<Member> members, List<MemberWithoutFigures> membersWithoutFigures) {

    public record Member(String brand, String name, Long deliveries, Long low, Long high, Estimate shareOfReportedPct,
            String publisher, String attribution, String attributionNote, String published, LocalDate publishedOn,
            String source, boolean complete, List<String> monthsMissing) {
    }

    public record MemberWithoutFigures(String brand, String name) {
    }
}
