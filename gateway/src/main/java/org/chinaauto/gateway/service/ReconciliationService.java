package org.chinaauto.gateway.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.client.ExportsClient;
import org.chinaauto.gateway.client.MarketClient;
import org.chinaauto.gateway.view.Section;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every publisher's figure for one measure and period, side by side with its definition, and the gap
 * between each pair on the bounds of both: the analyst's "why do these numbers disagree?".
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

    public Map<String, Object> reconcile(String measure, String segment, Period period, Snapshot snapshot) {
        String p = period.toString();
        Answer answer;
        List<JsonNode> figures;
        String service;
        switch (measure) {
            case "exports" -> {
                service = "exports-service";
                answer = parallel.call("exports", () -> exports.reconciliation(p, segment, snapshot), parallel.deadline())
                        .join();
                figures = CrossFigures.items(answer.data(), "figures");
            }
            case "production", "sales" -> {
                service = "market-service";
                answer = parallel.call("market", () -> market.figures(measure, segment, p, null, null, snapshot),
                        parallel.deadline()).join();
                figures = CrossFigures.items(answer.data(), "items");
            }
            default -> throw new InvalidInputException("measure",
                    "unknown measure '" + measure + "'; expected exports, production or sales");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode f : figures) {
            rows.add(row(service, f));
        }
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Map<String, Object> gap = gap(figures.get(i), figures.get(j));
                if (gap != null) {
                    gaps.add(gap);
                }
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("measure", measure);
        view.put("segment", segment);
        view.put("period", period);
        view.put("as_of", snapshot.asOf());
        view.put("vintage", snapshot.vintage());
        view.put("section", new Section(service, answer.status().name().toLowerCase(),
                answer.status() == Answer.Status.COMPLETE, answer.fetchedAt(), null, answer.problem()));
        view.put("figures", rows);
        view.put("gaps", gaps);
        return view;
    }

    /** A publisher's figure as the service gave it, with its bounds (low = high = value when it gave none). */
    private static Map<String, Object> row(String service, JsonNode f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("service", service);
        copy(f, row, "figure_id", "publisher", "definition", "definition_note");
        Estimate value = Bounds.of(f, "value");
        row.put("value", value == null ? null : value.value());
        row.put("low", value == null ? null : value.low());
        row.put("high", value == null ? null : value.high());
        copy(f, row, "qualifier", "precision", "stated_as", "attribution", "attribution_note", "published",
                "published_on", "source");
        return row;
    }

    private static void copy(JsonNode from, Map<String, Object> to, String... fields) {
        for (String field : fields) {
            if (from.hasNonNull(field)) {
                to.put(field, from.get(field).isNumber() ? from.get(field).decimalValue() : from.get(field).asText());
            }
        }
    }

    /**
     * b minus a on the bounds of both, and b relative to a in percent; null when either has no value. The two may
     * count different things (a definition each): the gap says so, and is the reason to look, not an error.
     */
    private static Map<String, Object> gap(JsonNode a, JsonNode b) {
        Estimate va = Bounds.of(a, "value");
        Estimate vb = Bounds.of(b, "value");
        if (va == null || vb == null) {
            return null;
        }
        String definitionA = CrossFigures.text(a, "definition");
        String definitionB = CrossFigures.text(b, "definition");
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("publisher_a", CrossFigures.text(a, "publisher"));
        gap.put("definition_a", definitionA);
        gap.put("publisher_b", CrossFigures.text(b, "publisher"));
        gap.put("definition_b", definitionB);
        gap.put("same_definition", definitionA != null && definitionA.equals(definitionB));
        gap.put("gap", Bounds.shown(vb.minus(va), Bounds.VEHICLES));
        gap.put("gap_pct", Bounds.shown(vb.percentChangeFrom(va), Bounds.PERCENT));
        return gap;
    }
}
