package org.chinaauto.deliveries.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of delivery figures with the total over all pages and the snapshot they were read from. */
public record DeliveryPage(List<DeliveryView> items, int page, int size, long total, Instant asOf, LocalDate vintage) {
}
