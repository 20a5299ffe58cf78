package org.chinaauto.data.calendar;

import static java.util.stream.Collectors.joining;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.Snapshot;

/**
 * A data service's release calendar: for each stored schedule (table release_schedule), the last month its publisher
 * published of the series, when, and the release expected next (see {@link Expected}). A month counts as published
 * when a figure covers it alone or ends the year to date with it (January to that month, as monthly releases state
 * them): the latest such month, first published on the earliest publication date of its figures.
 * <p>
 * A service extends it with the series its figures hold ({@link ReleasedSeries}). The statuses are worked out for a day:
 * the vintage's (only figures published by then count), else asOf's (only figures and schedules loaded by then), else
 * the clock's.
 */
public abstract class ReleaseCalendar {

    @Inject
    DataSource db;

    @Inject
    Clock clock;

    private final List<ReleasedSeries> series;

    protected ReleaseCalendar(ReleasedSeries... series) {
        this.series = List.of(series);
    }

    /** The names of the series this service keeps figures of, in the order declared. */
    public Set<String> seriesNames() {
        Set<String> names = new LinkedHashSet<>();
        series.forEach(s -> names.add(s.name()));
        return names;
    }

    /** The day a calendar at {@code snapshot} is worked out for. */
    public LocalDate today(Snapshot snapshot) {
        if (snapshot.vintage() != null) {
            return snapshot.vintage();
        }
        return LocalDate.ofInstant(snapshot.asOf() != null ? snapshot.asOf() : clock.instant(), clock.getZone());
    }

    /** The calendar at {@code snapshot}. */
    public CalendarView calendar(Snapshot snapshot) {
        LocalDate today = today(snapshot);
        try (Connection c = db.getConnection()) {
            Map<String, Release> last = lastReleases(c, snapshot);
            List<CalendarEntry> entries = new ArrayList<>();
            for (Schedule s : schedules(c, snapshot.asOf())) {
                entries.add(entry(s, last.get(s.publisher() + "\n" + s.series()), today));
            }
            return new CalendarView(today, snapshot.asOf(), snapshot.vintage(), entries);
        } catch (SQLException e) {
            throw new IllegalStateException("The release calendar could not be read", e);
        }
    }

    /** The schedules current at {@code asOf} (now when null), by publisher and series. */
    public List<Schedule> schedules(Instant asOf) {
        try (Connection c = db.getConnection()) {
            return schedules(c, asOf);
        } catch (SQLException e) {
            throw new IllegalStateException("The release schedules could not be read", e);
        }
    }

    /** A schedule's entry given the last month published (null when none) on {@code today}. */
    static CalendarEntry entry(Schedule s, Release last, LocalDate today) {
        String frequency = s.frequency().name().toLowerCase(Locale.ROOT);
        if (last == null) {
            return new CalendarEntry(s.publisher(), s.series(), frequency, null, null, null, null, null, null,
                    s.graceDays(), "no_figures", 0, s.basis(), s.notes());
        }
        Expected next = Expected.after(last.month(), s);
        return new CalendarEntry(s.publisher(), s.series(), frequency, Period.month(last.month()), last.published(),
                last.publishedOn(), Period.month(next.period()), next.from(), next.due(), s.graceDays(),
                next.status(today).name().toLowerCase(Locale.ROOT), next.daysLate(today), s.basis(), s.notes());
    }

    /** The last month published of a series, and when it was first published (null when no figure says). */
    record Release(YearMonth month, String published, LocalDate publishedOn) {
    }

    private static List<Schedule> schedules(Connection c, Instant asOf) throws SQLException {
        String current = asOf == null ? "superseded_at IS NULL"
                : "loaded_at <= ? AND (superseded_at IS NULL OR superseded_at > ?)";
        try (PreparedStatement st = c.prepareStatement("SELECT publisher, series, frequency, window_from_day, due_day, "
                + "grace_days, basis, notes, loaded_at FROM release_schedule WHERE " + current
                + " ORDER BY publisher, series")) {
            if (asOf != null) {
                st.setObject(1, asOf.atOffset(java.time.ZoneOffset.UTC));
                st.setObject(2, asOf.atOffset(java.time.ZoneOffset.UTC));
            }
            List<Schedule> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new Schedule(rs.getString(1), rs.getString(2), Frequency.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant()));
                }
            }
            return result;
        }
    }

    /**
     * Per publisher and series with a schedule, the latest month published (at the snapshot: published by the vintage,
     * loaded by asOf) and its earliest publication, in one query over the service's figures, every version counted.
     */
    private Map<String, Release> lastReleases(Connection c, Snapshot snapshot) throws SQLException {
        String figures = series.stream().map(s -> "SELECT '" + s.name().replace("'", "''") + "' AS series, publisher, "
                + "period_start, period_end, published, published_on, loaded_at FROM " + s.table() + " WHERE "
                + s.condition()).collect(joining(" UNION ALL "));
        StringBuilder sql = new StringBuilder("SELECT DISTINCT ON (publisher, series) publisher, series, period_end, "
                + "published, published_on FROM (" + figures + ") f WHERE (period_start = period_end OR period_start = "
                + "date_trunc('year', period_end)::date) AND publisher IN (SELECT publisher FROM release_schedule)");
        List<Object> params = new ArrayList<>();
        if (snapshot.vintage() != null) {
            sql.append(" AND published_on <= ?");
            params.add(snapshot.vintage());
        }
        if (snapshot.asOf() != null) {
            sql.append(" AND loaded_at <= ?");
            params.add(snapshot.asOf().atOffset(java.time.ZoneOffset.UTC));
        }
        sql.append(" ORDER BY publisher, series, period_end DESC, published_on NULLS LAST, loaded_at");
        Map<String, Release> result = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1) + "\n" + rs.getString(2), new Release(
                            YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getString(4),
                            rs.getObject(5, LocalDate.class)));
                }
            }
        }
        return result;
    }
}
