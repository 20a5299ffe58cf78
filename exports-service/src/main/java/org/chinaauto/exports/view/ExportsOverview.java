package org.chinaauto.exports.view;

/**
 * What a market overview needs of exports for a period, in one answer: every publisher's world exports side by side,
 * for all vehicles and for NEVs, each as {@code GET /api/reconciliation} answers it.
 */
public record ExportsOverview(ReconciliationView all, ReconciliationView nev) {
}
