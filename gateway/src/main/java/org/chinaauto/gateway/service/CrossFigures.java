package org.chinaauto.gateway.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Figures that only the gateway can compute because their inputs live in different services. Each result
 * names its inputs, their publishers and definitions, and says when those differ; nothing is computed
 * from a missing input.
 */
final class CrossFigures {

    private CrossFigures() {
    }

    /** Each ranked brand's deliveries as a share of each publisher's NEV sales for the same period. */
    static Map<String, Object> brandShareOfNevSales(JsonNode marketSummary, JsonNode ranking, String period) {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<JsonNode> nevSales = values(marketSummary, "nev_sales");
        for (JsonNode brand : items(ranking, "entries")) {
            for (JsonNode sales : nevSales) {
                BigDecimal deliveries = decimal(brand, "deliveries");
                BigDecimal denominator = decimal(sales.get("amount"), "value");
                if (deliveries == null || denominator == null || denominator.signum() == 0) {
                    continue;
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("brand", text(brand, "slug"));
                e.put("name", text(brand, "name"));
                e.put("deliveries", deliveries);
                e.put("deliveries_publisher", text(brand, "publisher"));
                e.put("nev_sales", denominator);
                e.put("nev_sales_publisher", text(sales, "publisher"));
                e.put("nev_sales_derived", sales.get("amount").path("derived").asBoolean(false));
                e.put("share_pct", percent(deliveries, denominator));
                e.put("approximate", sales.get("amount").hasNonNull("qualifier"));
                entries.add(e);
            }
        }
        if (entries.isEmpty()) {
            return unavailable(nevSales.isEmpty()
                    ? "market-service has no NEV sales for " + period + ", published or derivable"
                    : "deliveries-service has no brand deliveries for " + period);
        }
        return available("Brand deliveries (as each carmaker or alliance reports them) divided by NEV sales "
                + "(CAAM counts wholesale shipments, exports included): different publishers and definitions, "
                + "so read the share as an indication", entries);
    }

    /** Exports of each publisher as a share of each publisher's production, for all vehicles and for NEVs. */
    static Map<String, Object> exportsShareOfProduction(JsonNode marketSummary, JsonNode exportsAll, JsonNode exportsNev,
            String period) {
        List<Map<String, Object>> entries = new ArrayList<>();
        add(entries, "all", items(exportsAll, "figures"), values(marketSummary, "production"));
        add(entries, "nev", items(exportsNev, "figures"), values(marketSummary, "nev_production"));
        if (entries.isEmpty()) {
            return unavailable("no period " + period + " has both an export figure (exports-service) and a production "
                    + "figure of the same powertrain (market-service)");
        }
        return available("Exports divided by production of the same powertrain and period; when the publishers "
                + "differ (customs exports against CAAM production) the definitions differ too", entries);
    }

    private static void add(List<Map<String, Object>> entries, String powertrain, List<JsonNode> exports,
            List<JsonNode> production) {
        for (JsonNode x : exports) {
            for (JsonNode p : production) {
                BigDecimal exported = decimal(x, "value");
                BigDecimal produced = decimal(p.get("amount"), "value");
                if (exported == null || produced == null || produced.signum() == 0) {
                    continue;
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("powertrain", powertrain);
                e.put("exports", exported);
                e.put("exports_publisher", text(x, "publisher"));
                e.put("exports_definition", text(x, "definition"));
                e.put("production", produced);
                e.put("production_publisher", text(p, "publisher"));
                e.put("same_publisher", String.valueOf(text(x, "publisher")).equals(text(p, "publisher")));
                e.put("share_pct", percent(exported, produced));
                e.put("approximate", x.hasNonNull("qualifier") || p.get("amount").hasNonNull("qualifier"));
                entries.add(e);
            }
        }
    }

    /** Each publisher's value of one field of the market summary, as {publisher, amount} nodes. */
    private static List<JsonNode> values(JsonNode marketSummary, String field) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode publisher : items(marketSummary, "publishers")) {
            JsonNode amount = publisher.get(field);
            if (amount != null && !amount.isNull()) {
                out.add(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
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

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> available(String definition, List<Map<String, Object>> entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", true);
        m.put("definition", definition);
        m.put("entries", entries);
        return m;
    }

    private static Map<String, Object> unavailable(String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", false);
        m.put("reason", reason);
        return m;
    }
}
