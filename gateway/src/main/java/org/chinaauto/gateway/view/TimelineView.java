package org.chinaauto.gateway.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.chinaauto.common.view.LevelCheck;
import org.chinaauto.common.view.Rate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The main series of the three services side by side over a range of months, read at one snapshot ({@code as_of},
 * {@code vintage}; null when not given). A point's period is the period the figure was published for (a month, a
 * year-to-date span, a half, a year), never re-cut.
 */
@JsonPropertyOrder({ "from", "to", "as_of", "vintage", "complete", "sections", "series" })
public record TimelineView(String from, String to, Instant asOf, LocalDate vintage, boolean complete,
        TimelineSections sections, List<Series> series) {

    /** The three services' answers; their figures are in {@code series}. */
    public record TimelineSections(@Schema(implementation = SectionStatus.class) Section<Void> market,
            @Schema(implementation = SectionStatus.class) Section<Void> exports,
            @Schema(implementation = SectionStatus.class) Section<Void> deliveries) {

        public boolean complete() {
            return Stream.of(market, exports, deliveries).allMatch(Section::complete);
        }
    }

    /**
     * One publisher's figures of one thing: {@code measure} (production, sales, sales_share, exports, deliveries), the
     * market {@code segment} or exports powertrain, or the deliveries {@code subject} (a brand or group); shares the
     * gateway computed are {@code computed}. {@code key} joins them into an identifier.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "key", "service", "measure", "segment", "subject", "computed", "label", "publisher",
            "definition", "unit", "points" })
    public record Series(String key, String service,
            @Schema(enumeration = { "production", "sales", "sales_share", "exports", "deliveries" }) String measure,
            @Schema(description = "The market segment (all, passenger, commercial, nev, bev, phev) or the exports "
                    + "powertrain (all, nev); absent for deliveries") String segment,
            @Schema(description = "The brand or group of deliveries; absent for the other services") String subject,
            @Schema(description = "True for a share the gateway computed; absent for figures as published") Boolean computed,
            String label, String publisher, String definition, String unit, List<Point> points) {

        public Series withPoints(List<Point> judged) {
            return new Series(key, service, measure, segment, subject, computed, label, publisher, definition, unit,
                    judged);
        }
    }

    /**
     * A figure as published (with the publisher's qualifier and stated form, its definition, whether the report names
     * its publisher or the suite infers it, when and where it was published), or a share the gateway computed
     * ({@code computed}, with the provenance of its inputs and, where the publisher reported a share for the same
     * period, the {@code judgement} of that reported share against the computed range: inside or outside);
     * {@code low} and {@code high} are its bounds, null meaning unbounded on that side; {@code status} is the figure's
     * (estimate, preliminary or final), for a computed share the least settled of its inputs'. A figure that the
     * series' other figures also give (a month from two year-to-date spans, a year from its halves) is judged against
     * that {@code derived_range}, whose {@code sources} are the periods of the figures it was derived from. A figure
     * read from a report names it ({@code report_id}, its id in reports-service) and the sentence that states it
     * ({@code quote}); a computed share names the reports of its inputs ({@code report_ids}, empty when none does).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "period", "value", "low", "high", "qualifier", "stated_as", "status", "computed", "judgement",
            "derived_range", "definition", "attribution", "published", "published_on", "source", "report_id", "quote",
            "report_ids" })
    public record Point(String period, BigDecimal value, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal low,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal high, String qualifier, String statedAs, String status,
            Boolean computed, Rate.Judgement judgement, LevelCheck<String> derivedRange, String definition,
            String attribution, String published, LocalDate publishedOn, String source, Long reportId, String quote,
            List<Long> reportIds) {

        public Point withDerivedRange(LevelCheck<String> check) {
            return new Point(period, value, low, high, qualifier, statedAs, status, computed, judgement, check,
                    definition, attribution, published, publishedOn, source, reportId, quote, reportIds);
        }
    }

    /** One CSV row: a point with its series and provenance; {@code report_ids} a computed share's, joined by "; ". */
    @JsonPropertyOrder({ "service", "series", "label", "publisher", "definition", "unit", "period", "value", "low", "high",
            "qualifier", "stated_as", "status", "computed", "attribution", "published", "published_on", "source",
            "report_id", "quote", "report_ids" })
    public record Row(String service, String series, String label, String publisher, String definition, String unit,
            String period, BigDecimal value, BigDecimal low, BigDecimal high, String qualifier, String statedAs,
            String status, Boolean computed, String attribution, String published, String publishedOn, String source,
            Long reportId, String quote, String reportIds) {
    }
}
