package org.chinaauto.gateway.downstream;

import org.chinaauto.common.paging.PageView;
import org.chinaauto.gateway.client.Read;
import org.chinaauto.gateway.downstream.deliveries.Brand;
import org.chinaauto.gateway.downstream.deliveries.BrandHistory;
import org.chinaauto.gateway.downstream.deliveries.DeliveriesOverview;
import org.chinaauto.gateway.downstream.deliveries.Delivery;
import org.chinaauto.gateway.downstream.deliveries.TargetProgress;
import org.chinaauto.gateway.downstream.exports.ExportFigure;
import org.chinaauto.gateway.downstream.exports.ExportsOverview;
import org.chinaauto.gateway.downstream.exports.ExportsReconciliation;
import org.chinaauto.gateway.downstream.market.MarketFigure;
import org.chinaauto.gateway.downstream.market.MarketSeries;
import org.chinaauto.gateway.downstream.market.MarketSummary;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Every read the views make of the data services, with the record (generated from the service's document) its answer
 * is read into; the build checks each pairing against the operation's answer ({@code ReadsContractTest}).
 */
public final class Reads {

    public static final Read<MarketSummary> MARKET_SUMMARY = Read.of("market", "summary", MarketSummary.class);
    public static final Read<PageView<MarketFigure>> MARKET_FIGURES = Read.of("market", "figures", new TypeReference<>() {
    });
    public static final Read<MarketSeries> MARKET_SERIES = Read.of("market", "series", MarketSeries.class);

    /** The reconciliation of the world total for all powertrains and for NEVs, in one answer. */
    public static final Read<ExportsOverview> EXPORTS_OVERVIEW = Read.of("exports", "overview", ExportsOverview.class);
    public static final Read<ExportsReconciliation> EXPORTS_RECONCILIATION = Read.of("exports", "reconciliation",
            ExportsReconciliation.class);
    public static final Read<PageView<ExportFigure>> EXPORTS_FIGURES = Read.of("exports", "figures", new TypeReference<>() {
    });

    /** The brand ranking (first page) and every group's roll-up, in one answer. */
    public static final Read<DeliveriesOverview> DELIVERIES_OVERVIEW = Read.of("deliveries", "overview",
            DeliveriesOverview.class);
    public static final Read<PageView<Delivery>> DELIVERIES = Read.of("deliveries", "deliveries", new TypeReference<>() {
    });
    public static final Read<Brand> BRAND = Read.of("deliveries", "brands/{slug}", Brand.class);
    public static final Read<BrandHistory> BRAND_HISTORY = Read.of("deliveries", "brands/{slug}/history",
            BrandHistory.class);
    public static final Read<TargetProgress> BRAND_TARGETS = Read.of("deliveries", "brands/{slug}/targets",
            TargetProgress.class);

    /** Each data service's release calendar: the schedules of the series it keeps, and who is late. */
    public static final Read<org.chinaauto.gateway.downstream.market.CalendarView> MARKET_CALENDAR = Read.of("market",
            "calendar", org.chinaauto.gateway.downstream.market.CalendarView.class);
    public static final Read<org.chinaauto.gateway.downstream.exports.CalendarView> EXPORTS_CALENDAR = Read.of(
            "exports", "calendar", org.chinaauto.gateway.downstream.exports.CalendarView.class);
    public static final Read<org.chinaauto.gateway.downstream.deliveries.CalendarView> DELIVERIES_CALENDAR = Read.of(
            "deliveries", "calendar", org.chinaauto.gateway.downstream.deliveries.CalendarView.class);

    /** The world total, the destination every view reads of exports. */
    public static final String WORLD = "WORLD";

    private Reads() {
    }
}
