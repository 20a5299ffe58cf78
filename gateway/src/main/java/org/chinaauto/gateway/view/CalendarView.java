package org.chinaauto.gateway.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The release calendar of every publisher and series the three services keep, read at one snapshot ({@code as_of},
 * {@code vintage}; null when not given): when each last published, what is expected next and by when, and who is late.
 * {@code today} is the day the services worked the statuses out for (the vintage, else asOf's day, else today in the
 * publishers' time zone); null when no service answered.
 */
@JsonPropertyOrder({ "today", "as_of", "vintage", "complete", "sections", "entries" })
public record CalendarView(LocalDate today, Instant asOf, LocalDate vintage, boolean complete, CalendarSections sections,
        List<CalendarEntry> entries) {

    /** The three services' answers; their entries are in {@code entries}. */
    public record CalendarSections(@Schema(implementation = SectionStatus.class) Section<Void> market,
            @Schema(implementation = SectionStatus.class) Section<Void> exports,
            @Schema(implementation = SectionStatus.class) Section<Void> deliveries) {

        public boolean complete() {
            return Stream.of(market, exports, deliveries).allMatch(Section::complete);
        }
    }

    /**
     * A publisher's series on the calendar, as the service that keeps its figures and schedule gave it: the last month
     * published and when, the month expected next, from when and by when, and its status (on_time, due, late with
     * {@code days_late}, or no_figures when none is stored); {@code basis} says why the schedule is expected.
     */
    @JsonPropertyOrder({ "service", "publisher", "series", "frequency", "last_period", "last_published",
            "last_published_on", "next_period", "expected_from", "due_by", "grace_days", "status", "days_late", "basis",
            "notes" })
    public record CalendarEntry(@Schema(enumeration = { "market", "exports", "deliveries" }) String service,
            String publisher, String series, String frequency, String lastPeriod, String lastPublished,
            LocalDate lastPublishedOn, String nextPeriod, LocalDate expectedFrom, LocalDate dueBy, Integer graceDays,
            @Schema(enumeration = { "on_time", "due", "late", "no_figures" }) String status, Integer daysLate,
            String basis, String notes) {
    }
}
