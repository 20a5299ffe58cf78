package org.chinaauto.gateway.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.gateway.downstream.deliveries.Brand;
import org.chinaauto.gateway.downstream.deliveries.BrandHistory;
import org.chinaauto.gateway.downstream.deliveries.TargetProgress;

/**
 * A brand's profile for a year, read at one snapshot: the brand and its group memberships, monthly deliveries,
 * target progress, and its share of the NEV market month by month.
 */
public record BrandProfileView(String brand, int year, Instant asOf, LocalDate vintage, boolean complete,
        BrandSections sections) {

    public record BrandSections(Section<Brand> brand, Section<BrandHistory> history, Section<TargetProgress> targets,
            Section<NevMarketShare> nevMarketShare) {

        public boolean complete() {
            return Stream.of(brand, history, targets, nevMarketShare).allMatch(Section::complete);
        }
    }

    /** The brand's deliveries over the NEV sales of one publisher, month by month, on the bounds of both. */
    public record NevMarketShare(String nevSalesPublisher, String definition, List<MonthShare> points) {
    }

    /** A month: null where either is unknown, or the sales may be zero. */
    public record MonthShare(String period, Estimate deliveries, Estimate nevSales, Estimate sharePct) {
    }
}
