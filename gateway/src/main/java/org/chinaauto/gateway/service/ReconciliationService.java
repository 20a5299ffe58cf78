package org.chinaauto.gateway.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.ExportsClient;
import org.chinaauto.gateway.client.MarketClient;
import org.chinaauto.gateway.view.Section;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every publisher's figure for one measure and period, side by side with its definition, and the gap
 * between each pair: the analyst's "why do these numbers disagree?".
 */
@ApplicationScoped
public class ReconciliationService {

    private final MarketClient market;
    private final ExportsClient exports;
    private final Parallel parallel;

    public ReconciliationService(MarketClient market, ExportsClient exports, Parallel parallel) {
        this.market = market;
        this.exports = exports;
        this.parallel = parallel;
    }

    public Map<String, Object> reconcile(String measure, String segment, Period period, Instant asOf) {
        String p = period.toString();
        String at = asOf == null ? null : asOf.toString();
        Answer answer;
        List<JsonNode> figures;
        String service;
        switch (measure) {
            case "exports" -> {
                service = "exports-service";
                answer = parallel.call("exports", () -> exports.reconciliation(p, segment, at), parallel.deadline()).join();
                figures = CrossFigures.items(answer.data(), "figures");
            }
            case "production", "sales" -> {
                service = "market-service";
                answer = parallel.call("market", () -> market.figures(measure, segment, p, null, null, at),
                        parallel.deadline()).join();
                figures = CrossFigures.items(answer.data(), "items");
            }
            default -> throw new InvalidInputException("measure",
                    "unknown measure '" + measure + "'; expected exports, production or sales");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("service", service);
            for (String field : List.of("publisher", "definition", "definition_note", "value", "qualifier", "precision",
                    "stated_as", "published", "source")) {
                if (f.hasNonNull(field)) {
                    row.put(field, f.get(field).isNumber() ? f.get(field).decimalValue() : f.get(field).asText());
                }
            }
            rows.add(row);
        }
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                BigDecimal a = CrossFigures.decimal(figures.get(i), "value");
                BigDecimal b = CrossFigures.decimal(figures.get(j), "value");
                if (a == null || b == null || a.signum() == 0) {
                    continue;
                }
                Map<String, Object> gap = new LinkedHashMap<>();
                gap.put("publisher_a", CrossFigures.text(figures.get(i), "publisher"));
                gap.put("publisher_b", CrossFigures.text(figures.get(j), "publisher"));
                gap.put("difference", b.subtract(a));
                gap.put("difference_pct", b.subtract(a).multiply(BigDecimal.valueOf(100)).divide(a, 2, RoundingMode.HALF_UP));
                gap.put("approximate", figures.get(i).hasNonNull("qualifier") || figures.get(j).hasNonNull("qualifier"));
                gaps.add(gap);
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("measure", measure);
        view.put("segment", segment);
        view.put("period", period);
        view.put("as_of", asOf);
        view.put("section", new Section(service, answer.status().name().toLowerCase(),
                answer.status() == Answer.Status.COMPLETE, answer.fetchedAt(), null, answer.problem()));
        view.put("figures", rows);
        view.put("gaps", gaps);
        return view;
    }
}
