package org.chinaauto.deliveries.view;

import java.math.BigDecimal;
import java.time.Instant;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.deliveries.delivery.Delivery;

/** A delivery figure version as the JSON API shows it: the load fields plus id, subject type and load times. */
public record DeliveryView(Long id, String subject, String subjectType, Period period, String publisher,
        Long deliveries, BigDecimal statedYoyPct, BigDecimal statedMomPct, boolean record, String notes,
        String published, String source, Instant loadedAt, Instant supersededAt) {

    public static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.subject, d.subjectKind.name().toLowerCase(), d.period(), d.publisher,
                d.deliveries, Numbers.strip(d.statedYoyPct), Numbers.strip(d.statedMomPct), d.record, d.notes,
                d.published, d.source, d.loadedAt, d.supersededAt);
    }
}
