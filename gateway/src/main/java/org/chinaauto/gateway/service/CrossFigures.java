package org.chinaauto.gateway.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Figures that only the gateway can compute because their inputs live in different services. Each result
 * names its inputs with their bounds, publishers and definitions, and is computed on the bounds (a share's
 * {@code value} is the midpoint of its range). Nothing is computed from a missing input, nor from inputs that
 * cover different periods: such a pair is listed with the reason instead of a share.
 */
final class CrossFigures {

    private CrossFigures() {
    }

    /**
     * Each ranked brand's deliveries as a share of each publisher's NEV sales, only where the deliveries cover
     * exactly the period of the sales (a brand with months missing from the span is listed, with no share).
     */
    static Map<String, Object> brandShareOfNevSales(JsonNode marketSummary, JsonNode ranking, Period period) {
        List<JsonNode> nevSales = values(marketSummary, "nev_sales");
        String salesPeriod = periodOf(marketSummary, period);
        String deliveriesPeriod = periodOf(ranking, period);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode brand : items(ranking, "entries")) {
            for (JsonNode sales : nevSales) {
                Estimate delivered = Bounds.of(brand, "deliveries");
                Estimate nev = Bounds.of(sales.get("amount"), "value");
                if (delivered == null || nev == null) {
                    continue;
                }
                String reason = !deliveriesPeriod.equals(salesPeriod)
                        ? "the deliveries cover " + deliveriesPeriod + " and the NEV sales " + salesPeriod
                        : monthsMissing(brand, period);
                Estimate share = reason == null ? delivered.percentOf(nev) : null;
                if (reason == null && share == null) {
                    reason = "the NEV sales may be zero (no lower bound), so no share can be computed";
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("brand", text(brand, "slug"));
                e.put("name", text(brand, "name"));
                e.put("period", deliveriesPeriod);
                e.put("deliveries", Bounds.shown(delivered, Bounds.VEHICLES));
                e.put("deliveries_publisher", text(brand, "publisher"));
                if (!items(brand, "months_missing").isEmpty()) {
                    e.put("deliveries_months_missing", items(brand, "months_missing").stream().map(JsonNode::asText).toList());
                }
                e.put("nev_sales", Bounds.shown(nev, Bounds.VEHICLES));
                e.put("nev_sales_period", salesPeriod);
                e.put("nev_sales_publisher", text(sales, "publisher"));
                e.put("nev_sales_derived", sales.get("amount").path("derived").asBoolean(false));
                e.put("share_pct", Bounds.shown(share, Bounds.PERCENT));
                if (reason != null) {
                    e.put("not_computed", reason);
                }
                entries.add(e);
            }
        }
        String definition = "Brand deliveries (as each carmaker or alliance reports them) divided by NEV sales "
                + "(CAAM counts wholesale shipments, exports included) of exactly the same period, on the bounds of "
                + "both: different publishers and definitions, so read the share as an indication";
        if (entries.isEmpty()) {
            return unavailable(nevSales.isEmpty()
                    ? "market-service has no NEV sales for " + period + ", published or derivable"
                    : "deliveries-service has no brand deliveries for " + period, List.of());
        }
        if (entries.stream().allMatch(e -> e.get("share_pct") == null)) {
            return unavailable("no brand's deliveries cover exactly the period of the NEV sales (" + salesPeriod
                    + "); each entry says why its share is not computed", entries);
        }
        return available(definition, entries);
    }

    /** Why a ranked brand's deliveries do not cover the whole period, or null when they do. */
    private static String monthsMissing(JsonNode brand, Period period) {
        int missing = items(brand, "months_missing").size();
        if (missing == 0 && brand.path("complete").asBoolean(true)) {
            return null;
        }
        int months = period.lengthInMonths();
        String name = text(brand, "name") != null ? text(brand, "name") : text(brand, "slug");
        if (missing == 0) {
            return "deliveries-service marks " + name + "'s deliveries for " + period + " as incomplete";
        }
        return name + "'s deliveries are known for " + (months - missing) + " of the " + months + " months of "
                + period + " (see deliveries_months_missing) while the NEV sales cover all " + months + ": "
                + (months - missing) + " month(s) of deliveries over " + months + " months of sales is not a share";
    }

    /** Exports of each publisher as a share of each publisher's production of the same powertrain and period. */
    static Map<String, Object> exportsShareOfProduction(JsonNode marketSummary, JsonNode exportsAll, JsonNode exportsNev,
            Period period) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String productionPeriod = periodOf(marketSummary, period);
        add(entries, "all", exportsAll, values(marketSummary, "production"), productionPeriod, period);
        add(entries, "nev", exportsNev, values(marketSummary, "nev_production"), productionPeriod, period);
        if (entries.isEmpty()) {
            return unavailable("no period " + period + " has both an export figure (exports-service) and a production "
                    + "figure of the same powertrain (market-service)", List.of());
        }
        String definition = "Exports divided by production of the same powertrain and period, on the bounds of both; "
                + "when the publishers differ (customs exports against CAAM production) the definitions differ too";
        if (entries.stream().allMatch(e -> e.get("share_pct") == null)) {
            return unavailable("no share could be computed; each entry says why", entries);
        }
        return available(definition, entries);
    }

    private static void add(List<Map<String, Object>> entries, String powertrain, JsonNode reconciliation,
            List<JsonNode> production, String productionPeriod, Period period) {
        String exportsPeriod = periodOf(reconciliation, period);
        for (JsonNode x : items(reconciliation, "figures")) {
            for (JsonNode p : production) {
                Estimate exported = Bounds.of(x, "value");
                Estimate produced = Bounds.of(p.get("amount"), "value");
                if (exported == null || produced == null) {
                    continue;
                }
                String reason = exportsPeriod.equals(productionPeriod) ? null
                        : "the exports cover " + exportsPeriod + " and the production " + productionPeriod;
                Estimate share = reason == null ? exported.percentOf(produced) : null;
                if (reason == null && share == null) {
                    reason = "the production may be zero (no lower bound), so no share can be computed";
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("powertrain", powertrain);
                e.put("period", exportsPeriod);
                e.put("exports", Bounds.shown(exported, Bounds.VEHICLES));
                e.put("exports_publisher", text(x, "publisher"));
                e.put("exports_definition", text(x, "definition"));
                e.put("production", Bounds.shown(produced, Bounds.VEHICLES));
                e.put("production_publisher", text(p, "publisher"));
                e.put("same_publisher", String.valueOf(text(x, "publisher")).equals(text(p, "publisher")));
                e.put("share_pct", Bounds.shown(share, Bounds.PERCENT));
                if (reason != null) {
                    e.put("not_computed", reason);
                }
                entries.add(e);
            }
        }
    }

    /** The period a downstream answer says it covers, or the one asked for when it does not say. */
    private static String periodOf(JsonNode answer, Period asked) {
        String echoed = text(answer, "period");
        return echoed != null ? echoed : asked.toString();
    }

    /** Each publisher's value of one field of the market summary, as {publisher, amount} nodes. */
    private static List<JsonNode> values(JsonNode marketSummary, String field) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode publisher : items(marketSummary, "publishers")) {
            JsonNode amount = publisher.get(field);
            if (amount != null && !amount.isNull()) {
                out.add(JsonNodeFactory.instance.objectNode()
                        .put("publisher", text(publisher, "publisher")).set("amount", amount));
            }
        }
        return out;
    }

    static List<JsonNode> items(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.path(field).isArray()) {
            node.get(field).forEach(out::add);
        }
        return out;
    }

    static BigDecimal decimal(JsonNode node, String field) {
        return node != null && node.path(field).isNumber() ? node.get(field).decimalValue() : null;
    }

    static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Map<String, Object> available(String definition, List<Map<String, Object>> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", true);
        m.put("definition", definition);
        m.put("entries", entries);
        return m;
    }

    private static Map<String, Object> unavailable(String reason, List<Map<String, Object>> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", false);
        m.put("reason", reason);
        if (!entries.isEmpty()) {
            m.put("entries", entries);
        }
        return m;
    }
}
