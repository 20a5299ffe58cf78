package org.chinaauto.gateway.downstream;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A deliveries-service figure version: a brand's or group's deliveries for a period, with bounds and provenance. */
public record Delivery(Long id, String subject, String subjectType, String period, String publisher, Long deliveries,
        Long low, Long high, String qualifier, Long precision, BigDecimal statedYoyPct, BigDecimal statedMomPct,
        boolean record, String notes, String published, LocalDate publishedOn, String attribution,
        String attributionNote, String source, Instant loadedAt, Instant supersededAt) {
}
