package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.deliveries.delivery.Delivery;

/**
 * A delivery figure version as the JSON API shows it: the load fields plus id, subject type, the bounds of the
 * deliveries ({@code low = high = deliveries} for an exact count), the effective publication date and load times;
 * {@code report_id} and {@code quote} (null when not given) name the report in reports-service and its sentence that
 * state the figure.
 */
public record DeliveryView(Long id, String subject, String subjectType, Period period, String publisher,
        Long deliveries, Long low, Long high, String qualifier, Long precision, String statedAs, String status,
        BigDecimal statedYoyPct, BigDecimal statedMomPct, boolean record, String notes, String published,
        LocalDate publishedOn, String attribution, String attributionNote, String source, Long reportId, String quote,
        Instant loadedAt, Instant supersededAt) {

    public static DeliveryView of(Delivery d) {
        Estimate e = Counts.of(d.estimate());
        return new DeliveryView(d.id, d.subject, d.subjectKind.name().toLowerCase(), d.period(), d.publisher,
                d.deliveries, Counts.longOrNull(e.low()), Counts.longOrNull(e.high()), Numbers.lower(d.qualifier),
                d.precision, d.statedAs, Numbers.lower(d.status), Numbers.strip(d.statedYoyPct), Numbers.strip(d.statedMomPct),
                d.record, d.notes, d.published, d.publishedOn, Numbers.lower(d.attribution), d.attributionNote,
                d.source, d.reportId, d.quote, d.loadedAt, d.supersededAt);
    }
}
