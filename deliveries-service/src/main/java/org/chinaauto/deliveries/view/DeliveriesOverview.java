package org.chinaauto.deliveries.view;

import java.util.List;

/**
 * What a market overview needs of deliveries for a period, in one answer: the brand ranking (its first page, as
 * {@code GET /api/rankings} answers it) and the roll-ups of every group (as {@code GET /api/rollups}).
 */
public record DeliveriesOverview(RankingView ranking, List<RollupView> rollups) {
}
