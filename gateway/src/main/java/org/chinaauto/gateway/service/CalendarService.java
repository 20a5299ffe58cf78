package org.chinaauto.gateway.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.version.Snapshot;
import org.chinaauto.gateway.client.Answer;
import org.chinaauto.gateway.downstream.Reads;
import org.chinaauto.gateway.view.CalendarView;
import org.chinaauto.gateway.view.CalendarView.CalendarEntry;
import org.chinaauto.gateway.view.CalendarView.CalendarSections;
import org.chinaauto.gateway.view.Section;

import io.smallrye.mutiny.Uni;

/**
 * The release calendar of the whole suite: each data service's calendar (the schedules of the series it keeps), read
 * at the same time and put side by side; a service that fails leaves its section stale (its last calendar) or
 * unavailable, and the others are shown.
 */
@ApplicationScoped
public class CalendarService {

    private final ViewReads reads;

    public CalendarService(ViewReads reads) {
        this.reads = reads;
    }

    public Uni<CalendarView> calendar(Snapshot snapshot) {
        Instant until = reads.start();
        return Uni.combine().all().unis(
                reads.get(Reads.MARKET_CALENDAR, snapshot, until),
                reads.get(Reads.EXPORTS_CALENDAR, snapshot, until),
                reads.get(Reads.DELIVERIES_CALENDAR, snapshot, until))
                .with((m, x, d) -> {
                    CalendarSections sections = new CalendarSections(Section.statusOf("market-service", m),
                            Section.statusOf("exports-service", x), Section.statusOf("deliveries-service", d));
                    List<CalendarEntry> entries = new ArrayList<>();
                    if (m.data() != null) {
                        m.data().entries().forEach(e -> entries.add(new CalendarEntry("market", e.publisher(),
                                e.series(), e.frequency(), e.lastPeriod(), e.lastPublished(), e.lastPublishedOn(),
                                e.nextPeriod(), e.expectedFrom(), e.dueBy(), e.graceDays(), e.status(), e.daysLate(),
                                e.basis(), e.notes())));
                    }
                    if (x.data() != null) {
                        x.data().entries().forEach(e -> entries.add(new CalendarEntry("exports", e.publisher(),
                                e.series(), e.frequency(), e.lastPeriod(), e.lastPublished(), e.lastPublishedOn(),
                                e.nextPeriod(), e.expectedFrom(), e.dueBy(), e.graceDays(), e.status(), e.daysLate(),
                                e.basis(), e.notes())));
                    }
                    if (d.data() != null) {
                        d.data().entries().forEach(e -> entries.add(new CalendarEntry("deliveries", e.publisher(),
                                e.series(), e.frequency(), e.lastPeriod(), e.lastPublished(), e.lastPublishedOn(),
                                e.nextPeriod(), e.expectedFrom(), e.dueBy(), e.graceDays(), e.status(), e.daysLate(),
                                e.basis(), e.notes())));
                    }
                    entries.sort(Comparator.comparing(CalendarEntry::publisher).thenComparing(CalendarEntry::series)
                            .thenComparing(CalendarEntry::service));
                    return new CalendarView(today(m, x, d), snapshot.asOf(), snapshot.vintage(), sections.complete(),
                            sections, entries);
                });
    }

    /** The day the services worked the calendar out for: the latest any gave (they differ only across midnight). */
    private static LocalDate today(Answer<org.chinaauto.gateway.downstream.market.CalendarView> m,
            Answer<org.chinaauto.gateway.downstream.exports.CalendarView> x,
            Answer<org.chinaauto.gateway.downstream.deliveries.CalendarView> d) {
        return Stream.of(m.data() == null ? null : m.data().today(), x.data() == null ? null : x.data().today(),
                d.data() == null ? null : d.data().today()).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }
}
