package org.chinaauto.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of a data service's list: the items, whether another page follows, and the snapshot read. */
public record Page<T>(List<T> items, int page, int size, boolean hasMore, Instant asOf, LocalDate vintage) {
}
