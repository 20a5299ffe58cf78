package org.chinaauto.gateway.downstream;

import java.time.LocalDate;

/** An exports-service figure as the timeline reads it: exports of a powertrain, with bounds and provenance. */
public record ExportFigure(String powertrain, String period, String publisher, Long value, Long low, Long high,
        String unit, String qualifier, String statedAs, String definition, String definitionNote, String attribution,
        String published, LocalDate publishedOn, String source) {
}
