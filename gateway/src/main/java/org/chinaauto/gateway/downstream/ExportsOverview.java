package org.chinaauto.gateway.downstream;

/**
 * exports-service's overview of a period in one answer: the reconciliation of the world total for all powertrains
 * and for NEVs, each as {@code /api/reconciliation} gives it.
 */
public record ExportsOverview(ExportsReconciliation all, ExportsReconciliation nev) {
}
