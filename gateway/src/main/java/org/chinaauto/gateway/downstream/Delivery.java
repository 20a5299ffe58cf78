package org.chinaauto.gateway.downstream;

import java.time.LocalDate;

/** A deliveries-service figure as the timeline reads it: a brand's or group's deliveries, with bounds and provenance. */
public record Delivery(String subject, String period, String publisher, Long deliveries, Long low, Long high,
        String qualifier, String attribution, String published, LocalDate publishedOn, String source) {
}
