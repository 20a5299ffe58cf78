package org.chinaauto.gateway.downstream;

import java.util.List;

/**
 * deliveries-service's overview of a period in one answer: the brand ranking (first page) as {@code /api/rankings}
 * gives it, and every group's roll-up as {@code /api/rollups} gives it.
 */
public record DeliveriesOverview(BrandRanking ranking, List<GroupRollup> rollups) {
}
