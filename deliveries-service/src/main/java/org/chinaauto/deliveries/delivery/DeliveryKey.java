package org.chinaauto.deliveries.delivery;

import org.chinaauto.common.period.Period;

/** What identifies a delivery figure across its versions. */
public record DeliveryKey(String subject, Period period, String publisher) {
}
