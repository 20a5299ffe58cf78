package org.chinaauto.gateway.service;

import java.math.BigDecimal;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.view.Rate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A downstream figure's value with its bounds, read from the services' JSON: {@code low} and {@code high} beside
 * the value. A bound given as null is unbounded on that side (the services' convention); a bound not given at all
 * means the figure is exact there (low = high = value), as for an answer that predates bounds.
 */
final class Bounds {

    /** Vehicle counts are shown in whole vehicles. */
    static final int VEHICLES = 0;
    /** Percentages are shown to two decimals, as every service shows them. */
    static final int PERCENT = Rate.SCALE;

    private Bounds() {
    }

    /** The figure whose value is in {@code valueField} ({@code value}, or {@code deliveries}); null without a value. */
    static Estimate of(JsonNode node, String valueField) {
        BigDecimal value = CrossFigures.decimal(node, valueField);
        if (value == null) {
            return null;
        }
        return new Estimate(value, bound(node, "low", value), bound(node, "high", value));
    }

    private static BigDecimal bound(JsonNode node, String field, BigDecimal value) {
        if (!node.has(field)) {
            return value;
        }
        return node.get(field).isNumber() ? node.get(field).decimalValue() : null;
    }

    /** As shown in a view: {@code {value, low, high}} rounded to {@code scale} decimals; null stays null. */
    static Estimate shown(Estimate e, int scale) {
        return e == null ? null : e.rounded(scale);
    }
}
