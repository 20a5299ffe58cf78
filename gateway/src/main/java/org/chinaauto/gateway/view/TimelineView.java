package org.chinaauto.gateway.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The main series of the three services side by side over a range of months. A point's period is the period
 * the figure was published for (a month, a year-to-date span, a half, a year), never re-cut.
 */
public record TimelineView(String from, String to, boolean complete, Map<String, Section> sections, List<Series> series) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String key, String service, String label, String publisher, String definition, String unit,
            List<Point> points) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(String period, BigDecimal value, String qualifier, Boolean computed) {
    }

    /** One CSV row: a point with its series. */
    @JsonPropertyOrder({ "service", "series", "label", "publisher", "definition", "unit", "period", "value", "qualifier" })
    public record Row(String service, String series, String label, String publisher, String definition, String unit,
            String period, BigDecimal value, String qualifier) {
    }
}
