package org.chinaauto.gateway.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every publisher's figure for one measure and period, side by side with its definition, and the gap between each
 * pair on the bounds of both; {@code section} says whether the service answered.
 */
public record ReconciliationView(String measure, String segment, Period period, Instant asOf, LocalDate vintage,
        @Schema(implementation = SectionStatus.class) Section<Void> section, List<Figure> figures, List<Gap> gaps) {

    /**
     * A publisher's figure as the service gave it, with its bounds (null meaning unbounded on that side), and the report
     * (its id in reports-service) and sentence it was read from, when it names them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(String service, Long figureId, String publisher, String definition, String definitionNote,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal value,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal low,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal high, String qualifier, BigDecimal precision,
            String statedAs, String attribution, String attributionNote, String published, LocalDate publishedOn,
            String source, Long reportId, String quote) {
    }

    /**
     * b minus a on the bounds of both, and b relative to a in percent. The two may count different things (a
     * definition each): {@code same_definition} says so.
     */
    public record Gap(String publisherA, String definitionA, String publisherB, String definitionB,
            boolean sameDefinition, Estimate gap, Estimate gapPct) {
    }
}
