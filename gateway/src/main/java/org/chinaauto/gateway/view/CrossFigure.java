package org.chinaauto.gateway.view;

import java.util.List;

import org.chinaauto.common.bounds.Estimate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A figure computed from several services: {@code available} with its definition and entries, or not, with the
 * reason and (when there are any) the entries, each saying why its share is not computed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrossFigure<E>(boolean available, String definition, String reason, List<E> entries) {

    public static <E> CrossFigure<E> available(String definition, List<E> entries) {
        return new CrossFigure<>(true, definition, null, entries);
    }

    public static <E> CrossFigure<E> unavailable(String reason, List<E> entries) {
        return new CrossFigure<>(false, null, reason, entries.isEmpty() ? null : entries);
    }

    /** A brand's deliveries as a share of a publisher's NEV sales of exactly the same period, on the bounds of both. */
    public record BrandShare(String brand, String name, String period, Estimate deliveries, String deliveriesPublisher,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> deliveriesMonthsMissing, Estimate nevSales,
            String nevSalesPeriod, String nevSalesPublisher, boolean nevSalesDerived, Estimate sharePct,
            @JsonInclude(JsonInclude.Include.NON_NULL) String notComputed) {
    }

    /** A publisher's exports as a share of a publisher's production of the same powertrain and period. */
    public record ExportsShare(String powertrain, String period, Estimate exports, String exportsPublisher,
            String exportsDefinition, Estimate production, String productionPublisher, boolean samePublisher,
            Estimate sharePct, @JsonInclude(JsonInclude.Include.NON_NULL) String notComputed) {
    }
}
